package org.pharos.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pharos.store.StoreException;

class MigrationsTest {
  private static StoreException loadFails(String base) {
    return assertThrows(StoreException.class,
        () -> Migrations.load(MigrationsTest.class.getClassLoader(), base));
  }

  @Test
  void shipped_migrations_of_both_dialects_load_with_the_same_version() {
    ClassLoader cl = MigrationsTest.class.getClassLoader();
    Migrations duck = Migrations.load(cl, "db/migration/duckdb");
    Migrations pg = Migrations.load(cl, "db/migration/postgresql");
    assertEquals(duck.latestVersion(), pg.latestVersion());
    assertTrue(duck.migrations().get(0).statements().size() > 5);
  }

  @Test
  void a_gap_in_numbering_names_the_index_line() {
    StoreException ex = loadFails("bad-migrations/numbering");
    assertEquals("bad-migrations/numbering/INDEX line 2: expected version 2 but found 3 "
        + "(migrations must be numbered 1, 2, 3… in order)", ex.getMessage());
  }

  @Test
  void a_badly_named_file_names_the_index_line() {
    StoreException ex = loadFails("bad-migrations/name");
    assertTrue(ex.getMessage().startsWith("bad-migrations/name/INDEX line 4: 'init2.sql'"), ex.getMessage());
  }

  @Test
  void an_unterminated_statement_names_the_file_and_line() {
    StoreException ex = loadFails("bad-migrations/unterminated");
    assertEquals("bad-migrations/unterminated/V1__init.sql line 4: statement does not end with ';' at the "
        + "end of a line", ex.getMessage());
  }

  @Test
  void a_missing_index_is_reported() {
    assertTrue(loadFails("nowhere").getMessage().contains("nowhere/INDEX not found"));
  }

  @Test
  void date_start_is_the_first_day_of_partial_dates_and_null_without_a_year() {
    assertEquals(LocalDate.of(2023, 11, 21), Rows.dateStart("2023-11-21"));
    assertEquals(LocalDate.of(2023, 11, 1), Rows.dateStart("2023-11"));
    assertEquals(LocalDate.of(2023, 1, 1), Rows.dateStart("2023"));
    assertEquals(LocalDate.of(2023, 11, 21), Rows.dateStart("2023-11-21/2023-11-22"));
    assertEquals(LocalDate.of(2023, 11, 21), Rows.dateStart("2023-11-21T10:00"));
    assertEquals(null, Rows.dateStart("--07-16"));
    assertEquals(null, Rows.dateStart("2023-02-30"));
    assertEquals(null, Rows.dateStart("sometime"));
    assertEquals(null, Rows.dateStart(null));
  }
}
