using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Infrastructure.Sources;

namespace BriefingBot.Admin;

/// <summary>
/// /admin/sources over HTTP for scripts and dashboards, authenticated by an admin API key in the X-Api-Key
/// header (create one with "BriefingBot api-key create NAME"). Every refusal is a problem+json with a
/// sentence saying what to fix: 401 no key, 403 wrong key, 400 bad input, 404 no such source, 409 already added.
/// </summary>
public static class AdminApi
{
    public const string KeyHeader = "X-Api-Key";
    internal const int MaxBodyBytes = 16 * 1024;

    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var admin = app.MapGroup("/admin").AddEndpointFilter(AuthenticateAsync);
        admin.MapGet("/sources", async (SourceAdmin sources, CancellationToken ct) =>
            Results.Ok((await sources.ListAsync(ct)).Select(SourceView.From)));
        admin.MapPost("/sources", AddAsync);
        admin.MapDelete("/sources/{source}", (string source, HttpContext context, SourceAdmin sources, CancellationToken ct) =>
            Run(async () => { await sources.RemoveAsync(Actor(context), source, ct); return Results.NoContent(); }));
        admin.MapPost("/sources/{source}/pause", (string source, HttpContext context, SourceAdmin sources, CancellationToken ct) =>
            Run(async () => Results.Ok(SourceView.From(await sources.SetPausedAsync(Actor(context), source, true, ct)))));
        admin.MapPost("/sources/{source}/resume", (string source, HttpContext context, SourceAdmin sources, CancellationToken ct) =>
            Run(async () => Results.Ok(SourceView.From(await sources.SetPausedAsync(Actor(context), source, false, ct)))));
        admin.MapGet("/audit", async (SqliteAdminStore store, CancellationToken ct) => Results.Ok(await store.AuditLogAsync(100, ct)));
        return app;
    }

    private static async Task<IResult> AddAsync(HttpContext context, SourceAdmin sources, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        if (!context.Request.HasJsonContentType())
        {
            return Problem(StatusCodes.Status415UnsupportedMediaType, "JSON expected", "Send Content-Type: application/json with {\"url\": \"https://…\", \"region\": \"…\", \"interval\": \"15m\"}.");
        }

        // A chunked body has no Content-Length to check up front: cap what may be read instead.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        AddSourceRequest? request;
        try
        {
            request = await context.Request.ReadFromJsonAsync<AddSourceRequest>(cancellationToken);
        }
        catch (JsonException e)
        {
            return Problem(StatusCodes.Status400BadRequest, "Malformed JSON", $"The body is not the JSON expected: {e.Message}");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }

        if (request is null || string.IsNullOrWhiteSpace(request.Url))
        {
            return Problem(StatusCodes.Status400BadRequest, "URL missing", "Give the source as {\"url\": \"https://example.com/feed.xml\"}.");
        }

        return await Run(async () =>
        {
            var source = await sources.AddAsync(Actor(context), request.Url, request.Region, request.Interval, cancellationToken);
            return Results.Created($"/admin/sources/{source.Id}", SourceView.From(source));
        });
    }

    private static async ValueTask<object?> AuthenticateAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!http.Request.Headers.TryGetValue(KeyHeader, out var presented) || string.IsNullOrWhiteSpace(presented))
        {
            return Problem(StatusCodes.Status401Unauthorized, "API key required", $"Send an admin API key in the {KeyHeader} header; create one with \"BriefingBot api-key create NAME\".");
        }

        var name = await http.RequestServices.GetRequiredService<SqliteAdminStore>().FindApiKeyAsync(presented.ToString(), http.RequestAborted);
        if (name is null)
        {
            return Problem(StatusCodes.Status403Forbidden, "API key not accepted", "The key is not a current admin API key.");
        }

        http.Items[KeyHeader] = name;
        return await next(context);
    }

    private static string Actor(HttpContext context) => $"api-key:{context.Items[KeyHeader]}";

    private static async Task<IResult> Run(Func<Task<IResult>> action)
    {
        try
        {
            return await action();
        }
        catch (SourceException e)
        {
            return e.Problem switch
            {
                SourceProblem.NotFound => Problem(StatusCodes.Status404NotFound, "No such source", e.Message),
                SourceProblem.Conflict => Problem(StatusCodes.Status409Conflict, "Already added", e.Message),
                _ => Problem(StatusCodes.Status400BadRequest, "Invalid source request", e.Message),
            };
        }
    }

    private static IResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"A source request is a small JSON object; this one is over {MaxBodyBytes / 1024} KB.");

    private static IResult Problem(int status, string title, string detail) => Results.Problem(detail, statusCode: status, title: title);

    private sealed record AddSourceRequest(string? Url, string? Region, string? Interval);
}
