using System.Reflection;
using Hangfire;
using Hangfire.States;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.Support;

/// <summary>
/// Runs the jobs waiting in Hangfire's queues, in this process, one at a time, the way a worker
/// would: fetch, activate in a DI scope, invoke, record Succeeded or Failed. A failing job fails the
/// test with its own exception instead of waiting for Hangfire's retry.
/// </summary>
internal sealed class EnqueuedJobRunner(IServiceProvider services, JobStorage storage)
{
    public async Task<int> RunAllAsync()
    {
        var monitoring = storage.GetMonitoringApi();
        var client = services.GetRequiredService<IBackgroundJobClient>();
        using var connection = storage.GetConnection();
        var performed = 0;
        foreach (var queue in monitoring.Queues().Where(q => q.Length > 0).Select(q => q.Name).ToList())
        {
            while (monitoring.EnqueuedCount(queue) > 0)
            {
                using var fetched = connection.FetchNextJob([queue], CancellationToken.None);
                var job = connection.GetJobData(fetched.JobId).Job;
                try
                {
                    await PerformAsync(job);
                    client.ChangeState(fetched.JobId, new SucceededState(null, 0, 0));
                }
                catch (Exception exception)
                {
                    client.ChangeState(fetched.JobId, new FailedState(exception));
                    throw new InvalidOperationException($"Job {job.Type.Name}.{job.Method.Name} failed.", exception);
                }
                finally
                {
                    fetched.RemoveFromQueue();
                }

                performed++;
            }
        }

        return performed;
    }

    private async Task PerformAsync(Hangfire.Common.Job job)
    {
        await using var scope = services.CreateAsyncScope();
        var instance = job.Method.IsStatic ? null : ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.Type);
        var parameters = job.Method.GetParameters();
        var arguments = job.Args
            .Select((argument, i) => parameters[i].ParameterType == typeof(CancellationToken) ? CancellationToken.None : argument)
            .ToArray();
        try
        {
            if (job.Method.Invoke(instance, arguments) is Task task)
            {
                await task;
            }
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
        }
    }
}
