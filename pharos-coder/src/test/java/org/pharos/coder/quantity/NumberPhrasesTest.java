package org.pharos.coder.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pharos.coder.place.TestSentence;
import org.pharos.model.text.AnnotatedSentence;
import org.pharos.model.text.Timex;

class NumberPhrasesTest {

  static final NumberPhrases NUMBERS = new NumberPhrases(QuantityLexicon.loadDefault());

  private static NumberPhrase only(String words) {
    List<NumberPhrase> found = NUMBERS.find(TestSentence.words(words).build());
    assertEquals(1, found.size(), "phrases in '" + words + "': " + found);
    return found.get(0);
  }

  private static void assertBounds(String words, Double min, Double max, String qualifier) {
    NumberPhrase p = only(words);
    assertEquals(min, p.min(), "min of " + words);
    assertEquals(max, p.max(), "max of " + words);
    assertEquals(qualifier, p.qualifier(), "qualifier of " + words);
  }

  @Test
  void hedges_set_open_and_closed_bounds() {
    assertBounds("at least 7 people died", 7.0, null, "at least");
    assertBounds("more than 300 attacks", 301.0, null, "more than");
    assertBounds("over 160 attacks", 161.0, null, "more than");
    assertBounds("nearly 100 attacks", null, 99.0, "nearly");
    assertBounds("almost 100 attacks", null, 99.0, "nearly");
    assertBounds("fewer than 50 troops", null, 49.0, "less than");
    assertBounds("up to 20 rockets", null, 20.0, "up to");
    assertBounds("as many as 20 rockets", null, 20.0, "up to");
    assertBounds("85+ targets", 85.0, null, "at least");
    assertBounds("12 or more drones", 12.0, null, "at least");
    assertBounds("exactly 7 people", 7.0, 7.0, null);
  }

  @ParameterizedTest
  @CsvSource({"about", "around", "some", "roughly", "approximately"})
  void approximations_are_point_values_marked_about(String hedge) {
    assertBounds(hedge + " 25 fighters", 25.0, 25.0, "about");
  }

  @Test
  void ranges_in_one_token_split_tokens_and_words() {
    assertBounds("150-165 times", 150.0, 165.0, null);
    assertBounds("150\u2013165 times", 150.0, 165.0, null);
    assertBounds("150 - 165 times", 150.0, 165.0, null);
    assertBounds("150 to 165 times", 150.0, 165.0, null);
    assertBounds("between 150 and 165 times", 150.0, 165.0, null);
    assertBounds("about 150-165 times", 150.0, 165.0, "about");
    NumberPhrase between = only("between 150 and 165 times");
    assertEquals(1, between.begin(), "the phrase includes 'between'");
  }

  @Test
  void number_words_and_vague_plurals() {
    assertBounds("nine people", 9.0, 9.0, null);
    assertBounds("twenty-five people", 25.0, 25.0, null);
    assertBounds("twenty five people", 25.0, 25.0, null);
    assertBounds("a dozen rockets", 12.0, 12.0, null);
    assertBounds("two dozen rockets", 24.0, 24.0, null);
    assertBounds("dozens of people", 24.0, null, "dozens");
    assertBounds("scores of people", 40.0, null, "scores");
    assertBounds("hundreds of protesters", 200.0, null, "hundreds");
    assertBounds("thousands of troops", 2000.0, null, "thousands");
    assertBounds("tens of thousands of people", 20000.0, null, "tens of thousands");
    assertBounds("two hundred people", 200.0, 200.0, null);
    assertBounds("1,200 people", 1200.0, 1200.0, null);
  }

  @Test
  void money_amounts_carry_their_unit_and_scale() {
    NumberPhrase dollars = only("a deal worth $ 500 million was signed");
    assertEquals(5e8, dollars.min());
    assertEquals("USD", dollars.unit());
    NumberPhrase usd = only("4.2 billion USD in oil revenue");
    assertEquals(4.2e9, usd.min(), 1);
    assertEquals("USD", usd.unit());
    NumberPhrase dinars = only("a budget of 1 trillion dinars");
    assertEquals(1e12, dinars.min());
    assertEquals("dinar", dinars.unit());
    NumberPhrase bn = only("worth $ 1.5bn in arms");
    assertEquals(1.5e9, bn.min(), 1);
    NumberPhrase more = only("more than $ 500 million");
    assertEquals(5e8, more.min(), "money keeps the stated bound");
    assertEquals("more than", more.qualifier());
    NumberPhrase usDollars = only("500 million US dollars");
    assertEquals("USD", usDollars.unit());
  }

  @Test
  void years_dates_times_percentages_measures_and_model_numbers_are_not_quantities() {
    for (String text : List.of(
        "in 2023 the militias regrouped",
        "on January 5 the embassy closed",
        "on 5 January the embassy closed",
        "turnout was 15 percent",
        "turnout was 15 %",
        "a blast 20 km north of the city",
        "Russia offered the S-400 and Pantsir-S1 systems",
        "rockets hit the K-1 base",
        "a drone struck Tower 22 in Jordan",
        "under Resolution 2334 the council",
        "the 3rd brigade moved",
        "at 10:30 a.m. the sirens sounded",
        "fighting lasted 3 days")) {
      assertEquals(List.of(), NUMBERS.find(TestSentence.words(text).build()), text);
    }
  }

  @Test
  void four_digit_count_before_a_counted_noun_is_not_a_year() {
    assertEquals(1, NUMBERS.find(TestSentence.words("2000 troops arrived").build()).size());
  }

  @Test
  void ner_and_timex_spans_exclude_numbers() {
    AnnotatedSentence byNer = TestSentence.of("the/DT attack/NN on/IN 21/CD November/NNP").ner(4, "DATE").build();
    assertEquals(List.of(), NUMBERS.find(byNer));
    AnnotatedSentence base = TestSentence.of("talks/NNS resume/VBP in/IN 3/CD weeks/NNS").build();
    AnnotatedSentence byTimex = new AnnotatedSentence(0, base.text(), 0, base.end(), base.tokens(),
        List.of(), List.of(), List.of(new Timex("3 weeks", "DATE", "P3W", 4, 6)));
    assertEquals(List.of(), NUMBERS.find(byTimex));
  }

  @Test
  void rising_count_keeps_the_final_value() {
    List<NumberPhrase> found = NUMBERS.find(TestSentence.of("the/DT toll/NN rose/VBD/rise from/IN 5/CD to/TO 8/CD").build());
    assertEquals(1, found.size(), found.toString());
    NumberPhrase p = found.get(0);
    assertEquals(8.0, p.min());
    assertEquals(8.0, p.max());
  }

  @Test
  void one_as_a_pronoun_is_not_a_number() {
    assertTrue(NUMBERS.find(TestSentence.words("no one was hurt").build()).isEmpty());
    assertNull(NUMBERS.find(TestSentence.words("one soldier was hurt").build()).get(0).qualifier());
  }
}
