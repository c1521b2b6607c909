namespace Portal.Host.Modes;

/// <summary>
/// One host serves both modes: live at the root, test under <c>/test</c> (ADR 0007). The mode becomes
/// part of the path base, so every link the pages generate stays in the mode it was rendered in.
/// </summary>
internal static class ModeMiddleware
{
    public const string TestPathBase = "/test";

    public static IApplicationBuilder UseModes(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var mode = Mode.Live;
            if (context.Request.Path.StartsWithSegments(TestPathBase, out var remainder))
            {
                mode = Mode.Test;
                context.Request.PathBase = context.Request.PathBase.Add(TestPathBase);
                context.Request.Path = remainder.HasValue ? remainder : "/";
            }

            context.SetMode(mode);
            return next(context);
        });
}
