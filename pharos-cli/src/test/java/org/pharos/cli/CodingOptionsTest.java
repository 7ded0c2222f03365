package org.pharos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CodingOptionsTest {

  @Test
  void nlp_profile_accepts_fast_and_complete_in_any_case() {
    CodingOptions.NlpProfileConverter c = new CodingOptions.NlpProfileConverter();
    assertEquals("fast", c.convert("fast"));
    assertEquals("complete", c.convert(" Complete "));
  }

  @Test
  void an_unknown_nlp_profile_is_a_usage_error() {
    assertThrows(CommandLine.TypeConversionException.class, () -> new CodingOptions.NlpProfileConverter().convert("full"));
    assertEquals(2, Main.run("code", "--nlp", "bogus", "nothing.txt"));
  }
}
