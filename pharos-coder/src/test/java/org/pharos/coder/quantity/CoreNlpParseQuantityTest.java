package org.pharos.coder.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pharos.coder.place.TestSentence;
import org.pharos.model.Quantity;
import org.pharos.model.text.AnnotatedSentence;

/**
 * Quantities on sentences exactly as CoreNLP 4.5.10 (tokenize, pos, lemma, depparse, enhanced++)
 * analysed them: "150-165" and "S-400" split at the hyphen, "dozens of" as det:qmod, verbs
 * mis-tagged as nouns and the other way round.
 */
class CoreNlpParseQuantityTest {

  static final PatternQuantityExtractor EXTRACTOR = PatternQuantityExtractor.withDefaultLexicon();

  private static List<String> read(AnnotatedSentence s, int trigger) {
    return EXTRACTOR.quantitiesOf(s, trigger).stream().map(CoreNlpParseQuantityTest::show).toList();
  }

  private static String show(Quantity q) {
    return q.kind() + " " + number(q.min()) + ".." + number(q.max())
        + (q.qualifier() == null ? "" : " " + q.qualifier()) + (q.unit() == null ? "" : " " + q.unit());
  }

  private static String number(Double d) {
    return d == null ? "" : d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : d.toString();
  }

  static final AnnotatedSentence AIRSTRIKES_KILLED = TestSentence.fromCoreNlp(
      "1:US/NNP/US 2:airstrikes/VBZ/airstrike 3:killed/VBN/kill 4:nine/CD/nine 5:Iraqi/JJ/Iraqi"
          + " 6:militiamen/NNS/militiaman 7:././.",
      "nsubj:pass(3,1) aux:pass(3,2) nummod(6,4) amod(6,5) obj(3,6) punct(3,7) root(0,3)").build();

  @Test
  void mis_tagged_airstrikes_still_give_killed_nine() {
    assertEquals(List.of("killed 9..9"), read(AIRSTRIKES_KILLED, 3));
    assertEquals(List.of("killed 9..9"), read(AIRSTRIKES_KILLED, 2));
    assertEquals("killed nine Iraqi militiamen", EXTRACTOR.quantitiesOf(AIRSTRIKES_KILLED, 3).get(0).text());
  }

  @Test
  void headline_nine_killed_in_a_strike() {
    var s = TestSentence.fromCoreNlp(
        "1:Nine/CD/nine 2:killed/VBN/kill 3:in/IN/in 4:US/NNP/US 5:strike/NN/strike 6:on/IN/on 7:Jurf/NNP/Jurf"
            + " 8:al/NNP/al 9:-/HYPH/- 10:Sakhar/NNP/Sakhar 11:././.",
        "nsubj(2,1) case(5,3) compound(5,4) obl:in(2,5) case(10,6) compound(10,7) compound(10,8) punct(10,9)"
            + " nmod:on(5,10) punct(2,11) root(0,2)").build();
    assertEquals(List.of("killed 9..9"), read(s, 5));
  }

  @Test
  void killing_clause_two_dep_steps_below_the_trigger() {
    var s = TestSentence.fromCoreNlp(
        "1:US/NNP/US 2:strikes/VBZ/strike 3:hit/VBN/hit 4:five/CD/five 5:sites/NNS/site 6:,/,/, 7:killing/VBG/kill"
            + " 8:at/IN/at 9:least/RBS/least 10:25/CD/25 11:fighters/NNS/fighter 12:././.",
        "nsubj(2,1) dep(2,3) nummod(5,4) obj(3,5) punct(3,6) dep(3,7) case(9,8) obl:npmod(10,9) nummod(11,10)"
            + " obj(7,11) punct(2,12) root(0,2)").build();
    assertEquals(List.of("killed 25.. at least"), read(s, 2));
    assertEquals(List.of("killed 25.. at least"), read(s, 3));
  }

  @Test
  void outpost_number_is_not_a_count() {
    var s = TestSentence.fromCoreNlp(
        "1:Three/CD/three 2:US/NNP/US 3:soldiers/NNS/soldier 4:were/VBD/be 5:killed/VBN/kill 6:in/IN/in 7:a/DT/a"
            + " 8:drone/VB/drone 9:attack/NN/attack 10:on/IN/on 11:Tower/NNP/Tower 12:22/CD/22 13:in/IN/in"
            + " 14:north/NN/north 15:-/HYPH/- 16:east/NN/east 17:Jordan/NNP/Jordan 18:././.",
        "nummod(3,1) compound(3,2) nsubj:pass(5,3) aux:pass(5,4) case(9,6) det(9,7) amod(9,8) obl:in(5,9)"
            + " case(11,10) nmod:on(9,11) nummod(11,12) case(17,13) compound(16,14) punct(16,15)"
            + " compound(17,16) nmod:in(9,17) punct(5,18) root(0,5)").build();
    assertEquals(List.of("killed 3..3"), read(s, 9));
    assertEquals(List.of("killed 3..3"), read(s, 5));
  }

  @Test
  void brain_injuries_and_death_toll() {
    var injuries = TestSentence.fromCoreNlp(
        "1:34/CD/34 2:US/NNP/US 3:troops/NNS/troops 4:suffered/VBD/suffer 5:brain/NN/brain 6:injuries/NNS/injury 7:././.",
        "nummod(3,1) compound(3,2) nsubj(4,3) compound(6,5) obj(4,6) punct(4,7) root(0,4)").build();
    assertEquals(List.of("injured 34..34"), read(injuries, 4));
    var toll = TestSentence.fromCoreNlp(
        "1:The/DT/the 2:death/NN/death 3:toll/NN/toll 4:from/IN/from 5:the/DT/the 6:strike/NN/strike"
            + " 7:rose/VBD/rise 8:to/IN/to 9:12/CD/12 10:././.",
        "det(3,1) compound(3,2) nsubj(7,3) case(6,4) det(6,5) nmod:from(3,6) case(9,8) obl:to(7,9) punct(7,10)"
            + " root(0,7)").build();
    assertEquals(List.of("killed 12..12"), read(toll, 6));
  }

  @Test
  void split_range_of_repeated_attacks() {
    var s = TestSentence.fromCoreNlp(
        "1:Militias/NNPS/Militias 2:attacked/VBD/attack 3:US/NNP/US 4:forces/NNS/force 5:about/RB/about"
            + " 6:150/CD/150 7:-/HYPH/- 8:165/CD/165 9:times/NNS/time 10:since/IN/since 11:October/NNP/October"
            + " 12:././.",
        "nsubj(2,1) compound(4,3) obj(2,4) advmod(8,5) compound(8,6) punct(8,7) nummod(9,8) obl:tmod(2,9)"
            + " case(11,10) nmod:since(9,11) punct(2,12) root(0,2)").build();
    assertEquals(List.of("attacks 150..165 about"), read(s, 2));
  }

  @Test
  void more_than_sixty_attacks_and_over_160_but_not_the_date() {
    var sixty = TestSentence.fromCoreNlp(
        "1:Militias/NNPS/Militias 2:have/VBP/have 3:carried/VBN/carry 4:out/RP/out 5:more/JJR/more 6:than/IN/than"
            + " 7:60/CD/60 8:attacks/NNS/attack 9:on/IN/on 10:US/NNP/US 11:forces/NNS/force 12:././.",
        "nsubj(3,1) aux(3,2) compound:prt(3,4) advmod(7,5) fixed(5,6) nummod(8,7) obj(3,8) case(11,9)"
            + " compound(11,10) nmod:on(8,11) punct(3,12) root(0,3)").build();
    assertEquals(List.of("attacks 61.. more than"), read(sixty, 8));
    assertEquals(List.of("attacks 61.. more than"), read(sixty, 3));
    var tally = TestSentence.fromCoreNlp(
        "1:The/DT/the 2:Pentagon/NNP/Pentagon 3:said/VBD/say 4:there/EX/there 5:had/VBD/have 6:been/VBN/be"
            + " 7:over/IN/over 8:160/CD/160 9:attacks/NNS/attack 10:by/IN/by 11:early/JJ/early"
            + " 12:February/NNP/February 13:,/,/, 14:up/RB/up 15:from/IN/from 16:61/CD/61 17:on/IN/on"
            + " 18:November/NNP/November 19:17/CD/17 20:././.",
        "det(2,1) nsubj(3,2) expl(9,4) aux(9,5) cop(9,6) advmod(8,7) nummod(9,8) ccomp(3,9) case(12,10)"
            + " amod(12,11) obl:by(9,12) punct(9,13) advmod(9,14) case(16,15) obl:from(14,16) case(18,17)"
            + " obl:on(16,18) nummod(18,19) punct(3,20) root(0,3)").build();
    assertEquals(List.of("attacks 161.. more than"), read(tally, 9));
  }

  @Test
  void money_with_symbol_and_with_code_but_not_the_s400() {
    var pay = TestSentence.fromCoreNlp(
        "1:Iraq/NNP/Iraq 2:agreed/VBD/agree 3:to/TO/to 4:pay/VB/pay 5:$/$/$ 6:500/CD/500 7:million/CD/million"
            + " 8:to/IN/to 9:Lukoil/NNP/Lukoil 10:././.",
        "nsubj(2,1) nsubj:xsubj(4,1) mark(4,3) xcomp(2,4) obj(4,5) compound(7,6) nummod(5,7) case(9,8)"
            + " nmod:to(5,9) punct(2,10) root(0,2)").build();
    assertEquals(List.of("money 500000000..500000000 USD"), read(pay, 4));
    var spend = TestSentence.fromCoreNlp(
        "1:Iraq/NNP/Iraq 2:will/MD/will 3:spend/VB/spend 4:4.2/CD/4.2 5:billion/CD/billion 6:USD/NNS/usd 7:on/IN/on"
            + " 8:Russian/JJ/Russian 9:Pantsir/NN/pantsir 10:-/HYPH/- 11:S1/NN/s1 12:systems/NNS/system"
            + " 13:and/CC/and 14:the/DT/the 15:S/NN/s 16:-/HYPH/- 17:400/CD/400 18:././.",
        "nsubj(3,1) aux(3,2) compound(5,4) nummod(6,5) obj(3,6) case(12,7) amod(12,8) compound(11,9)"
            + " punct(11,10) compound(12,11) obl:on(3,12) cc(15,13) det(15,14) obl:on(3,15) conj:and(12,15)"
            + " punct(15,16) nummod(15,17) punct(3,18) root(0,3)").build();
    assertEquals(List.of("money 4200000000..4200000000 USD"), read(spend, 3));
  }

  @Test
  void missiles_and_dozens_of_drones() {
    var s = TestSentence.fromCoreNlp(
        "1:Iran/NNP/Iran 2:fired/VBD/fire 3:12/CD/12 4:ballistic/JJ/ballistic 5:missiles/NNS/missile 6:and/CC/and"
            + " 7:dozens/NNS/dozen 8:of/IN/of 9:drones/NNS/drone 10:at/IN/at 11:Erbil/NNP/Erbil 12:././.",
        "nsubj(2,1) nummod(5,3) amod(5,4) obj(2,5) cc(9,6) det:qmod(9,7) fixed(7,8) obj(2,9) conj:and(5,9)"
            + " case(11,10) obl:at(2,11) punct(2,12) root(0,2)").build();
    assertEquals(List.of("missiles 12..12", "drones 24.. dozens"), read(s, 2));
  }

  @Test
  void conflicting_tolls_in_one_sentence_are_both_kept() {
    var s = TestSentence.fromCoreNlp(
        "1:Five/CD/five 2:people/NNS/person 3:were/VBD/be 4:killed/VBN/kill 5:,/,/, 6:per/IN/per"
            + " 7:security/NN/security 8:sources/NNS/source 9:,/,/, 10:and/CC/and 11:the/DT/the 12:group/NN/group"
            + " 13:said/VBD/say 14:eight/CD/eight 15:of/IN/of 16:its/PRP$/its 17:fighters/NNS/fighter"
            + " 18:died/VBD/die 19:././.",
        "nummod(2,1) nsubj:pass(4,2) aux:pass(4,3) punct(4,5) case(8,6) compound(8,7) obl:per(4,8) punct(4,9)"
            + " cc(13,10) det(12,11) nsubj(13,12) conj:and(4,13) nsubj(18,14) case(17,15) nmod:poss(17,16)"
            + " nmod:of(14,17) ccomp(13,18) punct(4,19) root(0,4)").build();
    assertEquals(List.of("killed 5..5", "killed 8..8"), read(s, 4));
  }

  @Test
  void each_event_of_a_two_clause_sentence_keeps_its_own_count() {
    var s = TestSentence.fromCoreNlp(
        "1:US/NNP/US 2:strikes/VBZ/strike 3:killed/VBN/kill 4:25/CD/25 5:fighters/NNS/fighter 6:after/IN/after"
            + " 7:militias/NNS/militia 8:launched/VBD/launch 9:60/CD/60 10:attacks/NNS/attack 11:././.",
        "nsubj(2,1) dep(2,3) nummod(5,4) obj(3,5) mark(8,6) nsubj(8,7) advcl:after(3,8) nummod(10,9) obj(8,10)"
            + " punct(2,11) root(0,2)").build();
    assertEquals(List.of("killed 25..25"), read(s, 2));
    assertEquals(List.of("attacks 60..60"), read(s, 10));
  }

  @Test
  void hundreds_of_protesters_are_people() {
    var s = TestSentence.fromCoreNlp(
        "1:Hundreds/NNS/hundred 2:of/IN/of 3:protesters/NNS/protester 4:stormed/VBD/storm 5:the/DT/the"
            + " 6:US/NNP/US 7:embassy/NN/embassy 8:compound/NN/compound 9:in/IN/in 10:Baghdad/NNP/Baghdad 11:././.",
        "det:qmod(3,1) fixed(1,2) nsubj(4,3) det(8,5) compound(7,6) compound(8,7) obj(4,8) case(10,9)"
            + " nmod:in(8,10) punct(4,11) root(0,4)").build();
    assertEquals(List.of("people 200.. hundreds"), read(s, 4));
  }

  @Test
  void partitive_count_of_a_mis_parsed_drone_strike() {
    var s = TestSentence.fromCoreNlp(
        "1:A/DT/a 2:US/NNP/US 3:drone/VB/drone 4:strike/NN/strike 5:in/IN/in 6:eastern/JJ/eastern"
            + " 7:Baghdad/NNP/Baghdad 8:killed/VBD/kill 9:a/DT/a 10:Kataib/NNP/Kataib 11:Hezbollah/NNP/Hezbollah"
            + " 12:commander/NN/commander 13:and/CC/and 14:two/CD/two 15:of/IN/of 16:his/PRP$/he"
            + " 17:guards/NNS/guard 18:on/IN/on 19:Wednesday/NNP/Wednesday 20:././.",
        "det(2,1) nsubj(3,2) csubj(8,3) obj(3,4) case(7,5) amod(7,6) nmod:in(4,7) det(12,9) compound(12,10)"
            + " compound(12,11) obj(8,12) cc(14,13) obj(8,14) conj:and(12,14) case(17,15) nmod:poss(17,16)"
            + " nmod:of(14,17) case(19,18) obl:on(8,19) punct(8,20) root(0,8)").build();
    assertEquals(List.of("killed 2..2"), read(s, 4));
    assertEquals("two of his guards", EXTRACTOR.quantitiesOf(s, 4).get(0).text());
  }

  @Test
  void casualties_in_a_clause_hung_on_a_noun_still_belong_to_the_event() {
    var s = TestSentence.fromCoreNlp(
        "1:Clashes/NNS/clash 2:erupted/VBD/erupt 3:in/IN/in 4:Tripoli/NNP/Tripoli 5:between/IN/between"
            + " 6:rival/JJ/rival 7:armed/JJ/armed 8:groups/NNS/group 9:,/,/, 10:leaving/VBG/leave 11:27/CD/27"
            + " 12:dead/JJ/dead 13:././.",
        "nsubj(2,1) case(4,3) obl:in(2,4) case(8,5) amod(8,6) amod(8,7) obl:between(2,8) punct(8,9) acl(8,10)"
            + " nummod(12,11) obj(10,12) punct(2,13) root(0,2)").build();
    assertEquals(List.of("killed 27..27"), read(s, 2));
  }

  @Test
  void arrests_by_a_verb_tagged_as_participle() {
    var s = TestSentence.fromCoreNlp(
        "1:Security/NN/security 2:forces/NNS/force 3:arrested/VBN/arrest 4:14/CD/14 5:people/NNS/person"
            + " 6:suspected/VBN/suspect 7:of/IN/of 8:attacking/VBG/attack 9:the/DT/the 10:convoy/NN/convoy"
            + " 11:south/NN/south 12:of/IN/of 13:Basra/NNP/Basra 14:././.",
        "compound(2,1) nsubj(3,2) nummod(5,4) obj(3,5) acl(5,6) case(8,7) advcl:of(6,8) det(10,9) obj(8,10)"
            + " advmod(10,11) case(13,12) obl:of(11,13) punct(3,14) root(0,3)").build();
    assertEquals(List.of("arrested 14..14"), read(s, 3));
    AnnotatedSentence flat = new AnnotatedSentence(0, s.text(), 0, s.end(), s.tokens(), List.of(), List.of(), List.of());
    assertEquals(List.of("arrested 14..14"), read(flat, 3));
  }
}
