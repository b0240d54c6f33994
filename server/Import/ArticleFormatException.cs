namespace NmnGraph.Server.Import;

/// <summary>An article text that cannot be imported; the message says why.</summary>
public sealed class ArticleFormatException : Exception
{
    public ArticleFormatException()
    {
    }

    public ArticleFormatException(string message)
        : base(message)
    {
    }

    public ArticleFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
