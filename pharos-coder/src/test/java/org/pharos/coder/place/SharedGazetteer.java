package org.pharos.coder.place;

/**
 * The bundled gazetteer, loaded once per test JVM and shared by the test classes (it is immutable).
 * Thread-safe (initialization-on-demand holder).
 */
public final class SharedGazetteer {
  private SharedGazetteer() {}

  private static final class Holder {
    static final Gazetteer DEFAULT = Gazetteer.loadDefault();
  }

  /** The bundled gazetteer with the bundled theater sites. */
  public static Gazetteer get() {
    return Holder.DEFAULT;
  }
}
