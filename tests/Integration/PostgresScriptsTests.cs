using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Versioning;
using Npgsql;

namespace Portal.Tests.Integration;

/// <summary>
/// scripts/lib/common.sh, which scripts/test and scripts/run start their private PostgreSQL with: a
/// real cluster each time, on ports no outgoing connection can hold, cleaned up however the script ends.
/// </summary>
[SupportedOSPlatform("linux")] // like the scripts: bash, /tmp, PostgreSQL from apt
public sealed class PostgresScriptsTests
{
    private const int EphemeralPortsFrom = 32768;
    private const int EphemeralPortsTo = 60999;

    [Fact]
    public async Task A_port_taken_after_the_free_port_check_is_skipped_and_the_cluster_starts_on_the_next()
    {
        var data = NewFolder("portal-scripts-retry");
        try
        {
            // A socket bound to the port but not listening: free_port's probe gets "connection refused", as
            // it does for a client socket's local port, yet PostgreSQL cannot bind it.
            using var squatter = BoundNotListening();
            var taken = ((IPEndPoint)squatter.LocalEndPoint!).Port;

            var started = await BashAsync($"source scripts/lib/common.sh; ensure_postgres; start_postgres '{data}' {taken}");

            Assert.True(started.ExitCode == 0, started.Output);
            var port = PortOf(data);
            Assert.NotEqual(taken, port);
            Assert.InRange(port, taken + 1, EphemeralPortsFrom - 1);
            Assert.Equal(1, await SelectOneAsync(port));
        }
        finally
        {
            await StopAndDeleteAsync(data);
        }
    }

    [Fact]
    public async Task Without_a_port_the_cluster_listens_below_the_ephemeral_port_range()
    {
        var data = NewFolder("portal-scripts-default");
        try
        {
            var started = await BashAsync($"source scripts/lib/common.sh; ensure_postgres; start_postgres '{data}'; echo \"port=$PG_PORT\"");

            Assert.True(started.ExitCode == 0, started.Output);
            var port = PortOf(data);
            Assert.Contains($"port={port}", started.Output, StringComparison.Ordinal);
            Assert.InRange(port, 25500, EphemeralPortsFrom - 1);
            Assert.Equal(1, await SelectOneAsync(port));
        }
        finally
        {
            await StopAndDeleteAsync(data);
        }
    }

    [Fact]
    public async Task A_throwaway_cluster_is_stopped_and_deleted_when_the_script_exits()
    {
        var name = $"portal-scripts-{Guid.NewGuid():N}";

        var run = await BashAsync($"source scripts/lib/common.sh; ensure_postgres; start_throwaway_postgres {name}; echo \"data=$PG_DATA port=$PG_PORT\"; test -f \"$PG_DATA/postmaster.pid\"");

        Assert.True(run.ExitCode == 0, run.Output);
        var port = int.Parse(run.Output.Split("port=")[1].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(port, 25500, EphemeralPortsFrom - 1);
        Assert.Empty(Directory.GetDirectories("/tmp", $"{name}.*"));
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => SelectOneAsync(port));
    }

    [Fact]
    public async Task A_throwaway_cluster_that_fails_to_start_leaves_no_folder_behind()
    {
        var name = $"portal-scripts-{Guid.NewGuid():N}";
        var broken = NewFolder("portal-scripts-broken-bin");
        try
        {
            // A PostgreSQL whose initdb fails, standing in for any start that goes wrong.
            File.WriteAllText(Path.Combine(broken, "initdb"), "#!/bin/sh\necho 'initdb: broken on purpose' >&2\nexit 1\n");
            File.SetUnixFileMode(Path.Combine(broken, "initdb"), (UnixFileMode)0b111_101_101);

            var run = await BashAsync($"source scripts/lib/common.sh; ensure_postgres; PG_BIN='{broken}'; start_throwaway_postgres {name}; echo started");

            Assert.NotEqual(0, run.ExitCode);
            Assert.DoesNotContain("started", run.Output, StringComparison.Ordinal);
            Assert.Contains("broken on purpose", run.Output, StringComparison.Ordinal);
            Assert.Empty(Directory.GetDirectories("/tmp", $"{name}.*"));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    /// <summary>A folder the postgres user can reach, as scripts/test makes its cluster's.</summary>
    private static string NewFolder(string prefix)
    {
        var folder = Directory.CreateDirectory(Path.Combine("/tmp", $"{prefix}-{Guid.NewGuid():N}")).FullName;
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        return folder;
    }

    /// <summary>A free port from 25500 up, bound by a socket that never listens.</summary>
    private static Socket BoundNotListening()
    {
        for (var port = 25500 + Random.Shared.Next(0, 3000); ; port++)
        {
            // Not ProtocolType.Tcp: for that .NET sets SO_REUSEADDR before binding on Linux, and PostgreSQL,
            // which sets it too, could then share the port. A client socket's local port has no such option.
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
                return socket;
            }
            catch (SocketException)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>The port a running cluster listens on: line 4 of its postmaster.pid.</summary>
    private static int PortOf(string data) =>
        int.Parse(File.ReadAllLines(Path.Combine(data, "postmaster.pid"))[3], System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<int> SelectOneAsync(int port)
    {
        await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false;Timeout=5");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    private static async Task StopAndDeleteAsync(string data)
    {
        await BashAsync($"source scripts/lib/common.sh; ensure_postgres; stop_postgres '{data}'");
        Directory.Delete(data, recursive: true);
    }

    /// <summary>Runs a bash snippet from the repository root with scripts/test's shell options; stdout and stderr together.</summary>
    private static async Task<(int ExitCode, string Output)> BashAsync(string script)
    {
        var start = new ProcessStartInfo("bash", ["-c", "set -euo pipefail; " + script])
        {
            WorkingDirectory = RepositoryRoot(),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Portal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"Portal.sln not found above {AppContext.BaseDirectory}.");
    }
}
