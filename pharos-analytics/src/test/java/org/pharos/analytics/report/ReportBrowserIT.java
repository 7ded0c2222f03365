package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.analytics.power.Period;

/**
 * Opens a generated report in headless Chromium (Debian packages chromium and chromium-driver; {@code
 * .ci/chromium.sh} installs them): reads back the DOM after the scripts ran to check that every chart
 * rendered without a script error, and saves a screenshot under {@code target/report-browser/}.
 * Skipped, with a message, when {@code /usr/bin/chromium} is absent.
 */
class ReportBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path OUT = Path.of("target", "report-browser");

  @BeforeAll
  static void needsChromium() {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("SKIPPED ReportBrowserIT: " + CHROMIUM + " not found; run .ci/chromium.sh to install it");
    }
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (.ci/chromium.sh)");
  }

  private static List<ReferencePoint> capitals() throws IOException {
    Path gazetteer = Path.of("..", "pharos-coder", "src", "main", "resources", "org", "pharos", "coder", "place", "gazetteer.tsv.gz");
    if (!Files.exists(gazetteer)) {
      return List.of();
    }
    try (InputStream in = new FileInputStream(gazetteer.toFile())) {
      return ReferencePoints.readCapitals(in, true, gazetteer.toString());
    }
  }

  private static String run(List<String> command, Path log) throws Exception {
    Process p = new ProcessBuilder(command).redirectError(log.toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within 90 s: " + command);
    }
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> chromium(Path profile, String... extra) {
    return chromiumAt(profile, "1400,2400", extra);
  }

  private static List<String> chromiumAt(Path profile, String windowSize, String... extra) {
    List<String> cmd = new ArrayList<>(List.of(
        CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + windowSize));
    cmd.addAll(List.of(extra));
    return cmd;
  }

  @Test
  void report_renders_every_chart_without_script_errors_and_leaves_a_screenshot() throws Exception {
    Files.createDirectories(OUT);
    ReportData data =
        ReportBuilder.build(
            SyntheticEvents.generate(1500, 5),
            ReportOptions.defaults("IRQ")
                .withAnalysis(AnalysisOptions.defaults().withClusterKey(SyntheticEvents::clusterOf))
                .withComparison(Period.parse("2020-01..2020-12"), Period.parse("2024-01..2024-12"))
                .withReferencePoints(capitals()));
    Path html = HtmlReport.write(data, OUT.resolve("report.html"));
    Path profile = Files.createTempDirectory("pharos-chromium-");
    String url = html.toUri().toString();

    String dom = run(chromium(profile, "--dump-dom", url), OUT.resolve("chromium-dom.log"));
    Matcher status = Pattern.compile("id=\"render-status\"[^>]*").matcher(dom);
    assertTrue(status.find(), "the page has its render-status marker");
    String marker = status.group();
    assertTrue(marker.contains("data-status=\"ok\""), () -> "render status: " + marker);
    assertTrue(marker.contains("data-errors=\"\""), () -> "script errors: " + marker);
    Matcher charts = Pattern.compile("data-charts=\"(\\d+)\"").matcher(marker);
    assertTrue(charts.find());
    // one influence panel per outside power, one chart per dyad, the network and the map
    int expected = data.influence().powers().size() + data.dyads().dyads().size() + 1 + 1;
    assertEquals(expected, Integer.parseInt(charts.group(1)));
    // rendered elements only: in the script source a quote and a plus follow viewBox="
    Matcher svg = Pattern.compile("<svg viewBox=\"-?\\d+ -?\\d+ \\d+ \\d+\"[^>]*class=\"pharos-chart").matcher(dom);
    int svgs = 0;
    while (svg.find()) {
      svgs++;
    }
    assertEquals(expected, svgs, "one SVG per chart in the DOM");
    assertTrue(dom.contains("<td class=\"sent\">"), "the event table rendered with sentences");
    assertTrue(dom.contains("How alignments moved"), "the comparison rendered");

    // a 1366-px laptop screen: nothing may make the page wider than the window (no sideways scrolling)
    String laptop = run(chromiumAt(profile, "1366,768", "--dump-dom", url), OUT.resolve("chromium-laptop.log"));
    Matcher width = Pattern.compile("data-page-width=\"(\\d+)\"").matcher(laptop);
    assertTrue(width.find(), "the page reports its layout width");
    assertTrue(Integer.parseInt(width.group(1)) <= 1366, () -> "page is " + width.group(1) + " px wide at a 1366-px window");

    Path screenshot = OUT.resolve("report.png").toAbsolutePath();
    Files.deleteIfExists(screenshot);
    run(chromium(profile, "--screenshot=" + screenshot, "--hide-scrollbars", url), OUT.resolve("chromium-shot.log"));
    assertTrue(Files.size(screenshot) > 20_000, "a screenshot with content was saved at " + screenshot);
    System.out.println("ReportBrowserIT: " + expected + " charts rendered; screenshot at " + screenshot);
  }
}
