package org.pharos.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class LineRulesTest {

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiterString = " => ", value = {
      "Share on Facebook   Share on X   WhatsApp   Telegram => share",
      "Follow us on Telegram => share",
      "1.2K shares => share",
      "Read More: Erbil airport targeted by rocket fire again => teaser",
      "» Read also: Lavrov lands in Baghdad => teaser",
      "See also - Oil exports resume through Ceyhan => teaser",
      "The minister visited Basra and the port of Umm Qasr. Read more » => teaser",
      "Leave a Reply => comment-prompt",
      "12 Comments => comment-prompt",
      "Your email address will not be published. Required fields are marked * => comment-prompt",
      "You may also like => related",
      "Most Read => related",
      "Photo: Smoke over the refinery (Reuters) => photo-credit",
      "Image credit: Ministry of Defence => photo-credit",
      "A damaged truck at the crossing. Getty Images => photo-credit",
      "Contact us: desk@example-news.org => contact",
      "Tel: +964 750 123 4567 => contact",
      "Address: 14 Abu Nuwas Street, Baghdad 10011 => contact",
      "© 2024 Northern Gazette. All rights reserved. => copyright",
      "Copyright 2019-2024 Some Outlet => copyright",
      "This article may not be reproduced without permission. => copyright",
      "The views expressed in this article are those of the author. => disclosure",
      "Disclaimer: the author holds no positions in the companies mentioned. => disclosure",
      "Sign up for our newsletter => newsletter",
      "Get the latest headlines delivered straight to your inbox. => newsletter",
      "Support our journalism on Patreon => newsletter",
      "We use cookies to improve your experience on our site. => cookie-banner",
      "Accept all => cookie-banner",
      "xr:d:DAFq3mZbP7c:12,j:4418190625 => artefact",
      "===================== => artefact",
      "function(){var a=document.createElement('script');a.src=x;} => artefact",
      "English | Русский | العربية | Français => language-switcher",
      "EN RU AR FA => language-switcher",
      "Home | World | Middle East | Opinion => navigation",
      "Home > Region > Iraq => navigation",
      "Skip to content => navigation",
      "Tags: Iraq, Iran, militias => tags",
      "Source: Gulf Wire Service => source-line",
      "Viktor Mironov, observer, exclusively for the online magazine “Eastern Horizons” => signature",
  })
  void boilerplate_lines_get_their_reason(String line, String reason) {
    assertEquals(Optional.of(reason), LineRules.reasonFor(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Washington said it would share intelligence with Baghdad on militia movements.",
      "The ministry urged residents to sign up for evacuation buses leaving the city on Friday.",
      "The group said it would follow the ceasefire as long as US strikes stopped.",
      "Photographs published by the group showed damaged vehicles at the base, officials said.",
      "More than 160 attacks on US forces were recorded by early February, the Pentagon said.",
      "Kataib Hezbollah said in a statement that it would continue to monitor the situation.",
      "Comments by the prime minister drew criticism from lawmakers in Erbil and Baghdad.",
      "The embassy's address was not disclosed for security reasons.",
      "US forces",
      "Reactions",
  })
  void body_sentences_with_boilerplate_words_are_kept(String line) {
    assertEquals(Optional.empty(), LineRules.reasonFor(line));
  }

  @Test
  void inline_artefacts_are_cut_out_of_a_body_line() {
    LineRules.InlineCleaning c = LineRules.removeInlineArtefacts(
        "The convoy was hit near Qaim. xr:d:DAFabc123:4,j:99 Officials confirmed two deaths.");
    assertEquals("The convoy was hit near Qaim. Officials confirmed two deaths.", c.line());
    assertEquals(1, c.removed().size());
    LineRules.InlineCleaning b64 = LineRules.removeInlineArtefacts(
        "Statement text aGVsbG8gd29ybGQgdGhpcyBpcyBhIGxvbmcgYmFzZTY0IGJsb2I0Mg== ends here.");
    assertEquals("Statement text ends here.", b64.line());
  }

  @Test
  void ordinary_long_words_are_not_base64() {
    assertTrue(LineRules.removeInlineArtefacts("Internationalization-and-counterterrorism-cooperation programme")
        .removed().isEmpty());
  }

  @Test
  void reference_and_related_headings_are_recognised() {
    assertTrue(LineRules.isReferencesHeading("References"));
    assertTrue(LineRules.isReferencesHeading("Notes:"));
    assertTrue(LineRules.isRelatedHeading("Related posts"));
  }
}
