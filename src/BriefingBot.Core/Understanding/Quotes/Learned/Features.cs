namespace BriefingBot.Core.Understanding.Quotes.Learned;

/// <summary>
/// Collects the features of one decision as 64-bit hashes of their text ("s.prev=as"), built piece by piece
/// so that using a model allocates nothing. When training, <see cref="KeepText"/> also records each feature's
/// text, which is what the model files hold; loading hashes that text with the same function (FNV-1a over
/// UTF-16 units), so the two always agree.
/// </summary>
internal sealed class Features
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private readonly System.Text.StringBuilder? _text;
    private ulong _hash;

    public Features(bool keepText = false)
    {
        KeepText = keepText;
        _text = keepText ? new System.Text.StringBuilder() : null;
    }

    [ThreadStatic]
    private static Features? t_shared;

    /// <summary>This thread's reusable collector, for using a model without allocating.</summary>
    public static Features Shared => t_shared ??= new Features();

    public bool KeepText { get; }

    public List<ulong> Hashes { get; } = new(24);

    /// <summary>The features' text, in the order of <see cref="Hashes"/>, when <see cref="KeepText"/>.</summary>
    public List<string> Texts { get; } = [];

    public void Clear()
    {
        Hashes.Clear();
        Texts.Clear();
    }

    /// <summary>Starts a feature with its name ("s.prev=").</summary>
    public Features Begin(string name)
    {
        _hash = Offset;
        _text?.Clear();
        return Add(name);
    }

    public Features Add(string part)
    {
        foreach (var c in part)
        {
            _hash = (_hash ^ c) * Prime;
        }

        _text?.Append(part);
        return this;
    }

    /// <summary>Adds the part in lower case, as <see cref="string.ToLowerInvariant()"/> would write it.</summary>
    public Features AddLower(string part)
    {
        foreach (var c in part)
        {
            var lower = char.ToLowerInvariant(c);
            _hash = (_hash ^ lower) * Prime;
            _text?.Append(lower);
        }

        return this;
    }

    public Features Add(bool value) => Add(value ? "True" : "False");

    public Features Add(int value) => Add(Small(value));

    /// <summary>Ends the feature and keeps it.</summary>
    public void End()
    {
        Hashes.Add(_hash);
        if (_text is not null)
        {
            Texts.Add(_text.ToString());
        }
    }

    public static ulong Hash(string text)
    {
        var hash = Offset;
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    // Integers the features use, without formatting them each time.
    private static readonly string[] Numbers = Enumerable.Range(0, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static string Small(int value) => value is >= 0 and < 100 ? Numbers[value] : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
