package org.pharos.cli;

/** Process exit codes shared by every command. */
public final class ExitCode {
  /** Every input succeeded. */
  public static final int OK = 0;
  /** Some input failed (named on stderr); the others were processed. */
  public static final int SOME_FAILED = 1;
  /** Usage error: bad options or arguments. */
  public static final int USAGE = 2;

  private ExitCode() {}
}
