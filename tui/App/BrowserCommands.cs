using NmnGraph.Client;

namespace NmnGraph.Tui.App;

/// <summary>
/// The browser's I/O: each method makes a <see cref="Command{TMsg}"/> that calls the typed client and answers with a
/// message. Details come from the client's entity store when it can answer without the network, so going back to a
/// page seen before needs no request.
/// </summary>
public sealed class BrowserCommands(BrowserBackend backend)
{
    /// <summary>The most rows a list tab asks for (the server's largest page).</summary>
    public const int PageSize = 100;

    public Command<BrowserMsg> Connect() => Command<BrowserMsg>.Run(async ct =>
    {
        try
        {
            return new BrowserMsg.Connected(await backend.ConnectAsync(ct).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new BrowserMsg.ConnectFailed(Describe(ex));
        }
    });

    public Command<BrowserMsg> LoadList(ListTab tab, string? searchText) => Command<BrowserMsg>.Run(async ct =>
    {
        NmnGraphClient client = await backend.GetClientAsync(ct).ConfigureAwait(false);
        return tab switch
        {
            ListTab.Articles => ToList(tab, await client.Articles.ExecuteAsync(first: PageSize, cancellationToken: ct).ConfigureAwait(false),
                static d => ([.. d.Articles.Edges.Select(e => Rows.Article(e.Node, e.Node.Column))], d.Articles.TotalCount)),
            ListTab.Studies => ToList(tab, await client.Studies.ExecuteAsync(first: PageSize, cancellationToken: ct).ConfigureAwait(false),
                static d => ([.. d.Studies.Edges.Select(e => Rows.Study(e.Node))], d.Studies.TotalCount)),
            ListTab.Claims => ToList(tab, await client.Claims.ExecuteAsync(first: PageSize, cancellationToken: ct).ConfigureAwait(false),
                static d => ([.. d.Claims.Edges.Select(e => Rows.Claim(e.Node))], d.Claims.TotalCount)),
            ListTab.Topics => ToList(tab, await client.Topics.ExecuteAsync(ct).ConfigureAwait(false),
                static d => (Rows.Topics(d.Topics), d.Topics.Count)),
            _ => ToList(tab, await client.Search.ExecuteAsync(searchText ?? string.Empty, first: PageSize, cancellationToken: ct).ConfigureAwait(false),
                static d => ([.. d.Search.Nodes.Select(Rows.SearchHit).OfType<ListItem>()], d.Search.TotalCount)),
        };
    });

    public Command<BrowserMsg> LoadDetail(EntityRef target) => Command<BrowserMsg>.Run(async ct =>
    {
        NmnGraphClient client = await backend.GetClientAsync(ct).ConfigureAwait(false);
        switch (target.Kind)
        {
            case EntityKind.Article:
                if (!client.GetArticle.TryGetCached(target.Key, out OperationResult<GetArticleResult>? article))
                {
                    article = await client.GetArticle.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, article, d => d.Article is { } a ? new EntityDetail.Article(target, a) : null);
            case EntityKind.Claim:
                if (!client.GetClaim.TryGetCached(target.Key, out OperationResult<GetClaimResult>? claim))
                {
                    claim = await client.GetClaim.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, claim, d => d.Claim is { } c ? new EntityDetail.Claim(target, c) : null);
            case EntityKind.Topic:
                if (!client.GetTopic.TryGetCached(target.Key, out OperationResult<GetTopicResult>? topic))
                {
                    topic = await client.GetTopic.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, topic, d => d.Topic is { } t ? new EntityDetail.Topic(target, t) : null);
            default:
                Optional<string?> doi = target.IsDoi ? target.Key : default(Optional<string?>);
                Optional<string?> slug = target.IsDoi ? default(Optional<string?>) : target.Key;
                if (!client.GetStudy.TryGetCached(doi, slug, out OperationResult<GetStudyResult>? study))
                {
                    study = await client.GetStudy.ExecuteAsync(doi, slug, ct).ConfigureAwait(false);
                }

                return ToDetail(target, study, d => d.Study is { } s ? new EntityDetail.Study(target, s) : null);
        }
    });

    /// <summary>A short message for an exception (the embedded server failing to start, say).</summary>
    public static string Describe(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Exception inner = error is AggregateException { InnerException: { } first } ? first : error;
        return inner.Message;
    }

    private static BrowserMsg ToList<T>(ListTab tab, OperationResult<T> result, Func<T, (IReadOnlyList<ListItem> Items, int Total)> rows)
        where T : class
    {
        if (result.Data is { } data && result.Errors.Count == 0)
        {
            (IReadOnlyList<ListItem> items, int total) = rows(data);
            return new BrowserMsg.ListLoaded(tab, items, total, null, false);
        }

        return new BrowserMsg.ListLoaded(tab, null, null, ErrorText(result.Errors), IsUnreachable(result.Errors));
    }

    private static BrowserMsg ToDetail<T>(EntityRef target, OperationResult<T> result, Func<T, EntityDetail?> detail)
        where T : class
    {
        if (result.Errors.Count > 0 || result.Data is null)
        {
            return new BrowserMsg.DetailLoaded(target, null, ErrorText(result.Errors), IsUnreachable(result.Errors));
        }

        return detail(result.Data) is { } found
            ? new BrowserMsg.DetailLoaded(target, found, null, false)
            : new BrowserMsg.DetailLoaded(target, null, $"No {target.Kind.ToString().ToLowerInvariant()} '{target.Key}' in the corpus.", false);
    }

    private static bool IsUnreachable(IReadOnlyList<ClientError> errors) =>
        errors.Any(e => e.Code is ClientErrorCodes.TransportUnreachable or ClientErrorCodes.TransportTimeout);

    private static string ErrorText(IReadOnlyList<ClientError> errors) =>
        errors.Count == 0 ? "The server returned no data." : string.Join("; ", errors.Select(e => e.Message).Distinct(StringComparer.Ordinal));
}
