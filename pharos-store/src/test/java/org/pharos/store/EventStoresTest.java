package org.pharos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoresTest {
  @TempDir Path dir;

  @Test
  void plain_path_opens_a_duckdb_file_creating_its_directory() {
    Path file = dir.resolve("a/b/pharos.duckdb");
    try (EventStore store = EventStores.open(file.toString())) {
      assertTrue(store.describe().startsWith("duckdb:"));
      assertTrue(store.schemaVersion() >= 1);
    }
    assertTrue(Files.isRegularFile(file));
  }

  @Test
  void a_text_file_is_reported_as_not_a_duckdb_database() throws Exception {
    Path file = dir.resolve("notes.duckdb");
    Files.writeString(file, "these are my notes, not a database\n".repeat(200));
    StoreException ex = assertThrows(StoreException.class, () -> EventStores.open(file.toString()));
    assertTrue(ex.getMessage().contains(file.toString()), ex.getMessage());
    assertTrue(ex.getMessage().contains("not a DuckDB database"), ex.getMessage());
  }

  @Test
  void a_damaged_database_file_is_reported_with_its_path() throws Exception {
    Path file = dir.resolve("damaged.duckdb");
    try (EventStore store = EventStores.open(file.toString())) {
      store.storeDocument(Fixtures.doc("d1", "text"), java.util.List.of(Fixtures.assault("d1", 0, "2023-11-21")), "c");
    }
    byte[] bytes = Files.readAllBytes(file);
    for (int i = 4096; i < bytes.length; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A);
    }
    Files.write(file, bytes);
    StoreException ex = assertThrows(StoreException.class, () -> {
      try (EventStore store = EventStores.open(file.toString())) {
        store.stats();
      }
    });
    assertTrue(ex.getMessage().contains(file.toString()), ex.getMessage());
  }

  @Test
  void a_directory_is_not_a_store() {
    StoreException ex = assertThrows(StoreException.class, () -> EventStores.open(dir.toString()));
    assertTrue(ex.getMessage().contains("is a directory"), ex.getMessage());
  }

  @Test
  void an_unreachable_server_is_reported_without_the_password() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String spec = "postgresql://pharos:s3cret@127.0.0.1:" + port + "/pharos";
    StoreException ex = assertThrows(StoreException.class, () -> EventStores.open(spec));
    assertTrue(ex.getMessage().contains("unreachable"), ex.getMessage());
    assertTrue(ex.getMessage().contains("127.0.0.1:" + port), ex.getMessage());
    assertFalse(ex.getMessage().contains("s3cret"), ex.getMessage());
  }

  @Test
  void malformed_postgres_urls_are_reported_as_bad_urls() {
    for (String bad : new String[] {"postgresql://u:p@host:notaport/db", "postgresql://u:p@host:5432/",
        "postgresql://u:p@/db"}) {
      StoreException ex = assertThrows(StoreException.class, () -> EventStores.open(bad), bad);
      assertTrue(ex.getMessage().startsWith("bad PostgreSQL URL"), ex.getMessage());
      assertFalse(ex.getMessage().contains(":p@"), ex.getMessage());
    }
  }

  @Test
  void unknown_url_schemes_are_rejected_with_the_supported_ones() {
    StoreException ex = assertThrows(StoreException.class, () -> EventStores.open("mysql://u:pw@h/db"));
    assertTrue(ex.getMessage().contains("postgresql://"), ex.getMessage());
    assertFalse(ex.getMessage().contains("pw"), ex.getMessage());
  }

  @Test
  void redact_hides_passwords_in_both_url_styles() {
    assertEquals("postgresql://u:***@h:5432/db", EventStores.redact("postgresql://u:secret@h:5432/db"));
    assertEquals("jdbc:postgresql://h/db?user=u&password=***&ssl=true",
        EventStores.redact("jdbc:postgresql://h/db?user=u&password=secret&ssl=true"));
  }

  @Test
  void memory_store_is_independent_per_open() {
    try (EventStore a = EventStores.open(":memory:"); EventStore b = EventStores.open(":memory:")) {
      a.storeDocument(Fixtures.doc("d1", "t"), java.util.List.of(), "c");
      assertEquals(1, a.stats().documents());
      assertEquals(0, b.stats().documents());
    }
  }
}
