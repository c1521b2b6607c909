using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Portal.Tests.Support;

namespace Portal.Tests.Integration;

/// <summary>A browser-like client of the portal's pages: keeps cookies, posts forms with their CSRF token.</summary>
internal sealed partial class PortalPages(PortalFactory factory, string? acceptLanguage = "en")
{
    private HttpClient? _client;

    public CookieContainer Cookies { get; } = new();

    public PortalFactory Factory => factory;

    public HttpClient Client => _client ??= CreateClient(factory, Cookies, acceptLanguage);

    public async Task<(HttpResponseMessage Response, string Html)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Loads the page holding the form, then submits it with the page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pagePath, IDictionary<string, string>? fields = null, string? action = null)
    {
        var submit = await PrepareFormAsync(pagePath, fields, action);
        return await submit();
    }

    /// <summary>Loads the form now; the returned function submits it later (to race several submissions).</summary>
    public async Task<Func<Task<HttpResponseMessage>>> PrepareFormAsync(string pagePath, IDictionary<string, string>? fields = null, string? action = null)
    {
        var (_, html) = await GetAsync(pagePath);
        var token = AntiforgeryToken().Match(html);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No form with an antiforgery token on {pagePath}:\n{html}");
        }

        var form = new Dictionary<string, string>(fields ?? new Dictionary<string, string>())
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        };
        return () => Client.PostAsync(action ?? pagePath, new FormUrlEncodedContent(form));
    }

    public static string PathOf(string absoluteLink) => new Uri(absoluteLink).PathAndQuery;

    /// <summary>The same signed-in browser asking for pages in another language.</summary>
    public PortalPages InLanguage(string language)
    {
        var other = new PortalPages(factory, language);
        foreach (var cookie in Cookies.GetAllCookies().Cast<Cookie>())
        {
            other.Cookies.Add(cookie);
        }

        return other;
    }

    private static HttpClient CreateClient(PortalFactory factory, CookieContainer cookies, string? acceptLanguage)
    {
        var client = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        if (acceptLanguage is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        return client;
    }

    /// <summary>The form field of an email address, as the sign-in forms name it.</summary>
    public static Dictionary<string, string> EmailField(string email) => new() { ["Email"] = email };

    /// <summary>Takes out what differs on every answer by design (the CSRF token, the CSP nonce) to compare two pages.</summary>
    public static string WithoutPerRequestValues(string html) => PerRequestValues().Replace(html, "X");

    /// <summary>A test-mode sign-in link as the test host writes it in emails.</summary>
    [GeneratedRegex("http://localhost/test/session/[A-Za-z0-9_-]+")]
    public static partial Regex SessionLink();

    [GeneratedRegex("(value|nonce)=\"[^\"]+\"")]
    private static partial Regex PerRequestValues();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
