using System.CommandLine;
using Coex.Cli;

var root = new RootCommand("Coex: fast low-precision inference and hardware/software co-design.");
root.Add(InfoCommand.Create());
root.Add(BenchCommand.Create());
root.Add(EstimateCommand.Create());
root.Add(TrainCommand.Create());
root.Add(ConformanceCommand.Create());
root.Add(RunCommand.Create());
root.Add(RecSysCommand.Create());
return root.Parse(args).Invoke();
