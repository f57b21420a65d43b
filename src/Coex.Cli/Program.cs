using System.CommandLine;
using Coex.Cli;

var root = new RootCommand("Coex: fast low-precision inference and hardware/software co-design.");
root.Add(CodesignCommand.Create());
root.Add(TrialsCommand.Create());
root.Add(InfoCommand.Create());
root.Add(BenchCommand.Create());
root.Add(EstimateCommand.Create());
root.Add(TrainCommand.Create());
root.Add(ConformanceCommand.Create());
root.Add(RunCommand.Create());
root.Add(QuantizeCommand.Create());
root.Add(QuantDebugCommand.Create());
root.Add(MonitorCommand.Create());
root.Add(ReleaseGateCommand.Create());
root.Add(RecSysCommand.Create());
root.Add(NmtCommand.Create());
return root.Parse(args).Invoke();
