package org.pharos.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code pharos} command. Usage: {@code pharos parse FILE...}, {@code pharos code FILE...},
 * {@code pharos demo}; {@code pharos help COMMAND} for details. Exit codes: 0 all inputs succeeded,
 * 1 some input failed (each named on stderr), 2 usage error.
 */
@Command(
    name = "pharos",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Pharos: news reports to a source-attributed record of political events (CAMEO/PLOVER).",
    subcommands = {
      DemoCommand.class,
      ParseCommand.class,
      CodeCommand.class,
      IngestCommand.class,
      RecodeCommand.class,
      DocsCommand.class,
      ActorsCommand.class,
      EventsCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      ClustersCommand.class,
      TalliesCommand.class,
      ReportCommand.class,
      AnalyzeCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /** Runs the CLI and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (for tests). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("pharos: " + ex.getMessage());
      return ExitCode.SOME_FAILED;
    });
    cl.setParameterExceptionHandler((ex, argv) -> {
      ex.getCommandLine().getErr().println("pharos: " + ex.getMessage());
      ex.getCommandLine().usage(ex.getCommandLine().getErr());
      return ExitCode.USAGE;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }

  /** The version from the jar manifest, or "dev". */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"pharos " + (v == null ? "dev" : v)};
    }
  }
}
