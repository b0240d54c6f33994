using NmnGraph.Client;
using NmnGraph.Terminal.Runtime;

namespace NmnGraph.Tui.App;

/// <summary>
/// The browser's I/O: each method makes a <see cref="Command{TMsg}"/> that calls the typed client and answers with a
/// message. Details come from the client's entity store when it can answer without the network, so going back to a
/// page seen before needs no request.
/// </summary>
public sealed class BrowserCommands(BrowserBackend backend, IUrlOpener opener)
{
    /// <summary>The program that opens URLs here, or null when there is none.</summary>
    public string? Opener => opener.Program;

    /// <summary>Opens <paramref name="url"/> with the system opener.</summary>
    public Command<BrowserMsg> OpenUrl(string url) => Command<BrowserMsg>.Run(_ => Task.FromResult<BrowserMsg>(new BrowserMsg.UrlOpened(url, opener.Open(url))));

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

    /// <summary>Sends <paramref name="message"/> after <paramref name="delay"/> (debouncing: the update decides whether it still applies).</summary>
    public Command<BrowserMsg> After(TimeSpan delay, BrowserMsg message) => Command<BrowserMsg>.Run(async ct =>
    {
        await Task.Delay(delay, ct).ConfigureAwait(false);
        return message;
    });

    /// <summary>Waits for the next change of the corpus (or news of the live connection).</summary>
    public Command<BrowserMsg> ListenForChanges() => Command<BrowserMsg>.Listen(ct => backend.Changes.NextAsync(ct));

    /// <summary>
    /// The part of a tab's list that <paramref name="fetch"/> names, relative to the rows <paramref name="pane"/> holds,
    /// in the order and with the filter of <paramref name="shape"/>.
    /// </summary>
    public Command<BrowserMsg> LoadList(ListTab tab, string? searchText, ListFetch fetch = ListFetch.First, ListPane? pane = null, ListShape? shape = null) => Command<BrowserMsg>.Run(async ct =>
    {
        NmnGraphClient client = await backend.GetClientAsync(ct).ConfigureAwait(false);
        (Optional<int?> first, Optional<string?> after, Optional<int?> last, Optional<string?> before) = Window(fetch, pane);
        shape ??= ListShape.Default;
        IReadOnlyList<ListSort> sorts = ListSort.For(tab);
        ListSort? sort = shape.Sort > 0 && shape.Sort < sorts.Count ? sorts[shape.Sort] : null;
        BrowserMsg.ListLoaded loaded = tab switch
        {
            ListTab.Articles => ToList(tab, fetch, await client.Articles.ExecuteAsync(first, after, last, before, Given(shape.Filter.ToArticles()), Given(sort?.Articles), ct).ConfigureAwait(false),
                static d => (Page(d.Articles.Edges.Select(e => Rows.Article(e.Node, e.Node.Column) with { Cursor = e.Cursor })), d.Articles.TotalCount, d.Articles.PageInfo)),
            ListTab.Studies => ToList(tab, fetch, await client.Studies.ExecuteAsync(first, after, last, before, Given(shape.Filter.ToStudies()), Given(sort?.Studies), ct).ConfigureAwait(false),
                static d => (Page(d.Studies.Edges.Select(e => Rows.Study(e.Node) with { Cursor = e.Cursor })), d.Studies.TotalCount, d.Studies.PageInfo)),
            ListTab.Claims => ToList(tab, fetch, await client.Claims.ExecuteAsync(first, after, last, before, Given(shape.Filter.ToClaims()), Given(sort?.Claims), ct).ConfigureAwait(false),
                static d => (Page(d.Claims.Edges.Select(e => Rows.Claim(e.Node) with { Cursor = e.Cursor })), d.Claims.TotalCount, d.Claims.PageInfo)),
            ListTab.Topics => ToList(tab, fetch, await client.Topics.ExecuteAsync(ct).ConfigureAwait(false),
                static d => (Rows.Topics(d.Topics), d.Topics.Count, null)),
            _ => ToList(tab, fetch, await client.Search.ExecuteAsync(searchText ?? string.Empty, first, after, last, before, ct).ConfigureAwait(false),
                static d => (Page(d.Search.Edges.Select(e => Rows.SearchHit(e.Node) is { } row ? row with { Cursor = e.Cursor } : null).OfType<ListItem>()), d.Search.TotalCount, d.Search.PageInfo)),
        };
        return loaded with { Shape = shape };
    });

    // No filter and the default order are left out of the request (the API's own defaults), not sent as null.
    private static Optional<T?> Given<T>(T? value)
        where T : class => value is null ? default : new Optional<T?>(value);

    /// <summary>
    /// The connection arguments of a load. A refresh reads again from the row above the first one on screen, whose
    /// keyset cursor still names the same place however the rows around it changed.
    /// </summary>
    private static (Optional<int?> First, Optional<string?> After, Optional<int?> Last, Optional<string?> Before) Window(ListFetch fetch, ListPane? pane)
    {
        IReadOnlyList<ListItem> items = pane?.Items ?? [];
        return fetch switch
        {
            ListFetch.Next when items.Count > 0 => (PageSize, items[^1].Cursor, default, default),
            ListFetch.Previous when items.Count > 0 => (default, default, PageSize, items[0].Cursor),
            ListFetch.Last => (default, default, PageSize, default),
            ListFetch.Refresh when pane is not null && RefreshAnchor(pane) is > 0 and var anchor => (PageSize, items[anchor - 1].Cursor, default, default),
            _ => (PageSize, default, default, default),
        };
    }

    /// <summary>How many loaded rows a refresh keeps as they are: none from the start of the list, else those above the screen (at least one).</summary>
    public static int RefreshAnchor(ListPane pane)
    {
        ArgumentNullException.ThrowIfNull(pane);
        int count = pane.Items?.Count ?? 0;
        if (count == 0 || pane.Start + pane.Selection.Offset == 0 || pane.Items!.Any(i => i.Cursor is null))
        {
            return 0;
        }

        return Math.Clamp(pane.Selection.Offset, 1, count);
    }

    private static IReadOnlyList<ListItem> Page(IEnumerable<ListItem> rows) => [.. rows];

    /// <summary>An entity's detail: from the client's store when it holds it, unless <paramref name="fresh"/> asks the server again.</summary>
    public Command<BrowserMsg> LoadDetail(EntityRef target, bool fresh = false) => Command<BrowserMsg>.Run(async ct =>
    {
        NmnGraphClient client = await backend.GetClientAsync(ct).ConfigureAwait(false);
        switch (target.Kind)
        {
            case EntityKind.Article:
                if (fresh || !client.GetArticle.TryGetCached(target.Key, out OperationResult<GetArticleResult>? article))
                {
                    article = await client.GetArticle.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, article, d => d.Article is { } a ? new EntityDetail.Article(target, a) : null);
            case EntityKind.Claim:
                if (fresh || !client.GetClaim.TryGetCached(target.Key, out OperationResult<GetClaimResult>? claim))
                {
                    claim = await client.GetClaim.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, claim, d => d.Claim is { } c ? new EntityDetail.Claim(target, c) : null);
            case EntityKind.Topic:
                if (fresh || !client.GetTopic.TryGetCached(target.Key, out OperationResult<GetTopicResult>? topic))
                {
                    topic = await client.GetTopic.ExecuteAsync(target.Key, ct).ConfigureAwait(false);
                }

                return ToDetail(target, topic, d => d.Topic is { } t ? new EntityDetail.Topic(target, t) : null);
            default:
                Optional<string?> doi = target.IsDoi ? target.Key : default(Optional<string?>);
                Optional<string?> pmid = target.IsPmid ? target.Key : default(Optional<string?>);
                Optional<string?> slug = target.IsDoi || target.IsPmid ? default(Optional<string?>) : target.Key;
                if (fresh || !client.GetStudy.TryGetCached(doi, slug, pmid, out OperationResult<GetStudyResult>? study))
                {
                    study = await client.GetStudy.ExecuteAsync(doi, slug, pmid, ct).ConfigureAwait(false);
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

    private static BrowserMsg.ListLoaded ToList<T>(ListTab tab, ListFetch fetch, OperationResult<T> result, Func<T, (IReadOnlyList<ListItem> Items, int Total, IPageInfoParts? PageInfo)> rows)
        where T : class
    {
        if (result.Data is { } data && result.Errors.Count == 0)
        {
            (IReadOnlyList<ListItem> items, int total, IPageInfoParts? info) = rows(data);
            return new BrowserMsg.ListLoaded(tab, fetch, items, total, null, false)
            {
                HasNext = info?.HasNextPage ?? false,
                HasPrevious = info?.HasPreviousPage ?? false,
            };
        }

        return new BrowserMsg.ListLoaded(tab, fetch, null, null, ErrorText(result.Errors), IsUnreachable(result.Errors));
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
            : new BrowserMsg.DetailLoaded(target, null, $"No {target.Kind.ToString().ToLowerInvariant()} '{target.Key}' in the corpus.", false) { NotFound = true };
    }

    private static bool IsUnreachable(IReadOnlyList<ClientError> errors) =>
        errors.Any(e => e.Code is ClientErrorCodes.TransportUnreachable or ClientErrorCodes.TransportTimeout);

    private static string ErrorText(IReadOnlyList<ClientError> errors) =>
        errors.Count == 0 ? "The server returned no data." : string.Join("; ", errors.Select(e => e.Message).Distinct(StringComparer.Ordinal));
}
