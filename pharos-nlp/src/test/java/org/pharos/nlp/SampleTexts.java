package org.pharos.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pharos.model.Document;
import org.pharos.model.PartialDate;

/** The news-like sample texts under {@code /bench/} (written for Pharos), as documents. Stateless. */
public final class SampleTexts {

  /** The sample file names, without {@code .txt}. */
  public static final List<String> NAMES = List.of("wire-rockets", "wire-diplomacy", "wire-protest");

  private SampleTexts() {}

  /** The samples, dated 2024-01-30. */
  public static List<Document> documents() throws IOException {
    List<Document> docs = new ArrayList<>();
    for (String name : NAMES) {
      try (InputStream in = SampleTexts.class.getResourceAsStream("/bench/" + name + ".txt")) {
        if (in == null) {
          throw new IOException("missing test resource /bench/" + name + ".txt");
        }
        docs.add(Document.ofText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8),
            PartialDate.parse("2024-01-30")));
      }
    }
    return docs;
  }
}
