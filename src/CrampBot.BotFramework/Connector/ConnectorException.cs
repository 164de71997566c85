using System.Net;

namespace CrampBot.BotFramework.Connector;

/// <summary>A connector call that failed for good: after the allowed retries, or at once for a permanent error.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string message, HttpStatusCode? statusCode, string? errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>The channel's last HTTP status, or null when no answer came (timeout, network).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The <c>error.code</c> of the channel's error body, such as <c>BotNotInConversationRoster</c>.</summary>
    public string? ErrorCode { get; }
}

/// <summary>The bot was asked to send to a serviceUrl it has no reason to trust (see <see cref="TrustedServiceUrls"/>).</summary>
public sealed class UntrustedServiceUrlException : InvalidOperationException
{
    public UntrustedServiceUrlException()
        : base("The serviceUrl did not arrive in an authenticated activity and is not a trusted host.")
    {
    }

    public UntrustedServiceUrlException(string message)
        : base(message)
    {
    }

    public UntrustedServiceUrlException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
