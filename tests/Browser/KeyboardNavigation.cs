using Microsoft.Playwright;

namespace Portal.Tests.Browser;

/// <summary>Moving through a page the way a keyboard user does.</summary>
internal static class KeyboardNavigation
{
    /// <summary>Presses Tab until <paramref name="target"/> has the focus; fails if 80 presses do not reach it.</summary>
    public static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }
        }

        throw new InvalidOperationException("The element was not reached with the Tab key.");
    }
}
