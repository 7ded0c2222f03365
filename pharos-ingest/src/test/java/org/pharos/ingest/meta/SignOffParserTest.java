package org.pharos.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.model.RemovedBlock;

class SignOffParserTest {

  @Test
  void exclusively_for_signature_names_outlet_and_author() {
    List<RemovedBlock> removed = List.of(new RemovedBlock(
        "Anna Petrova, researcher on Gulf affairs, exclusively for the online magazine “Caspian Quarterly”",
        "signature"));
    assertEquals("Caspian Quarterly", SignOffParser.outlet(removed).orElseThrow());
    assertEquals("Anna Petrova", SignOffParser.author(removed).orElseThrow());
  }

  @Test
  void source_line_and_copyright_name_the_outlet_in_that_order() {
    List<RemovedBlock> removed = List.of(
        new RemovedBlock("© 2024 Northern Gazette. All rights reserved.", "copyright"),
        new RemovedBlock("Source: Desert Radio", "source-line"));
    assertEquals("Desert Radio", SignOffParser.outlet(removed).orElseThrow());
    assertEquals("Northern Gazette",
        SignOffParser.outlet(List.of(new RemovedBlock("Copyright 2019-2024 Northern Gazette | Terms", "copyright")))
            .orElseThrow());
  }

  @Test
  void copyright_without_a_name_gives_no_outlet() {
    assertTrue(SignOffParser.outlet(List.of(new RemovedBlock("© 2024. All rights reserved.", "copyright"))).isEmpty());
  }
}
