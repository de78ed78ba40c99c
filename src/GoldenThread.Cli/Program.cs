return await GoldenThread.Cli.GoldenThreadCli.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
