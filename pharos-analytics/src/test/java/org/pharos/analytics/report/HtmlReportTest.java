package org.pharos.analytics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pharos.analytics.power.AnalysisOptions;
import org.pharos.model.Event;

class HtmlReportTest {

  private static ReportData data() {
    List<Event> events = SyntheticEvents.generate(300, 11);
    return ReportBuilder.build(
        events,
        ReportOptions.defaults("IRQ").withAnalysis(AnalysisOptions.defaults().withClusterKey(SyntheticEvents::clusterOf)));
  }

  @Test
  void the_report_loads_nothing_from_outside_the_file() {
    String html = HtmlReport.render(data());
    Matcher external =
        Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:|//)|url\\(|@import|<link|<iframe|fetch\\(|XMLHttpRequest")
            .matcher(html);
    assertFalse(external.find(), () -> "external reference: " + html.substring(external.start(), Math.min(html.length(), external.start() + 80)));
    assertFalse(html.contains("{{"), "every placeholder is filled");
  }

  @Test
  void embedded_data_cannot_close_its_script_element_and_parses_back() throws Exception {
    ReportData data = data();
    String html = HtmlReport.render(data);
    int open = html.indexOf("<script id=\"report-data\" type=\"application/json\">");
    int close = html.indexOf("</script>", open);
    String json = html.substring(open + "<script id=\"report-data\" type=\"application/json\">".length(), close);
    assertFalse(json.contains("<"), "every '<' in the data is escaped");
    JsonNode node = new ObjectMapper().readTree(json);
    assertEquals(data.selection().counted(), node.get("selection").get("counted").asInt());
    assertTrue(node.get("event_table").get("rows").get(0).get("sentence").asText().length() > 0);
  }

  @Test
  void text_in_the_page_is_escaped() {
    assertEquals("a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39;", HtmlReport.escape("a <b> & \"c\" 'd'"));
    assertEquals("x {{DATA}} y", HtmlReport.fill("x {{A}} y", Map.of("A", "{{DATA}}")));
  }

  @Test
  void json_uses_snake_case_field_names() throws Exception {
    JsonNode node = new ObjectMapper().readTree(ReportJson.toJson(data(), false));
    assertTrue(node.has("focus_label"));
    assertTrue(node.has("source_profiles"));
    assertTrue(node.get("dyads").get("dyads").get(0).has("goldstein_sum"));
    assertTrue(node.get("alignment").get("balance").has("balanced_share"));
    assertTrue(node.get("influence").get("powers").get(0).has("toward_government"));
  }

  @Test
  void write_creates_the_file_and_its_directory(@TempDir Path dir) throws Exception {
    Path out = HtmlReport.write(data(), dir.resolve("sub/report.html"));
    assertTrue(Files.size(out) > 10_000);
    try (var files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left behind");
    }
  }
}
