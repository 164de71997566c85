using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// The Web Chat page at <c>/</c> (wwwroot: index.html, app.js, the npm-fetched webchat.js) and the same-origin
/// endpoint it gets its Direct Line token from, so the secret never leaves the server.
/// </summary>
public static class WebChatPage
{
    public const string TokenPath = "/api/webchat/token";

    /// <summary>
    /// Nothing outside the site. Scripts only from files of this site (no inline script, no eval). Web Chat's
    /// CSS-in-JS writes &lt;style&gt; elements, hence inline styles; Adaptive Cards and the send box use data:
    /// and blob: URLs for images. connect-src 'self' covers same-origin ws:/wss: (CSP Level 3).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; worker-src 'self' blob:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    internal static void UseWebChatStaticFiles(IApplicationBuilder app)
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".webmanifest"] = "application/manifest+json";
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = types,
            OnPrepareResponse = ctx =>
            {
                var headers = ctx.Context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                if (ctx.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicy;
                    headers["Referrer-Policy"] = "no-referrer";
                    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                    headers.CacheControl = "no-cache";
                }
            },
        });
    }

    /// <summary>
    /// <c>POST /api/webchat/token</c>: a token for a new conversation (Direct Line's tokens/generate, done by the
    /// server with its own secret). Refuses cross-site callers the browser identifies, and is rate-limited per client.
    /// </summary>
    internal static IResult IssueToken(HttpContext http, DirectLineTokenService tokens, DirectLineRateLimiter limits)
    {
        var site = http.Request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, "Forbidden", "Tokens are issued to this site's own page only.");
        }

        if (limits.TryNewConversation(http).Refusal is { } refusal)
        {
            return refusal;
        }

        var issued = tokens.Issue(DirectLineIds.NewConversationId(), DirectLineIds.NewUserId());
        http.Response.Headers.CacheControl = "no-store";
        return DirectLineResults.Json(
            new DirectLineConversationResponse { ConversationId = issued.Claims.ConversationId, Token = issued.Token, ExpiresIn = issued.ExpiresIn },
            DirectLineJsonContext.Default.DirectLineConversationResponse);
    }
}
