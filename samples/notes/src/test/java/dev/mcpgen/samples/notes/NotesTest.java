package dev.mcpgen.samples.notes;

import static dev.mcpgen.testkit.McpAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcpgen.testkit.McpRequestException;
import dev.mcpgen.testkit.McpServerTest;
import dev.mcpgen.testkit.McpTestClient;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The notes tools in memory, through the test kit, for one user and for two. */
@McpServerTest(Notes.class)
class NotesTest {

  private static Note add(McpTestClient client, String title, String text) {
    return client.callTool("add_note", Map.of("title", title, "text", text))
        .structuredContent(Note.class);
  }

  @Test
  void addsListsGetsAndDeletesNotes(McpTestClient client) {
    Note milk = add(client, "shopping", "buy milk");
    Note call = add(client, "todo", "call Ada");

    assertEquals(Stream.of(milk, call).sorted(Comparator.comparing(Note::id)).toList(),
        client.callTool("list_notes", Map.of()).structuredContent(NoteList.class).notes());
    assertEquals(milk, client.callTool("get_note", Map.of("id", milk.id()))
        .structuredContent(Note.class));
    assertThat(client.callTool("delete_note", Map.of("id", milk.id())))
        .isNotError().hasText("Deleted note " + milk.id());
    assertEquals(List.of(call),
        client.callTool("list_notes", Map.of()).structuredContent(NoteList.class).notes());
  }

  @Test
  void aMissingNoteIsAnErrorTheModelCanActOn(McpTestClient client) {
    assertThat(client.callTool("get_note", Map.of("id", "nope"))).isError()
        .hasText("No note with id 'nope'. Use list_notes to see the ids.");
    assertThat(client.callTool("delete_note", Map.of("id", "nope"))).isError();
  }

  @Test
  void oneUserCanNeitherReadNorChangeAnothersNotes(McpTestClient client) {
    McpTestClient alice = client.forUser("alice");
    McpTestClient bob = client.forUser("bob");
    Note secret = add(alice, "diary", "alice's secret");

    assertThat(bob.callTool("get_note", Map.of("id", secret.id()))).isError();
    assertThat(bob.callTool("delete_note", Map.of("id", secret.id()))).isError();
    assertEquals(List.of(),
        bob.callTool("list_notes", Map.of()).structuredContent(NoteList.class).notes());
    assertEquals(secret, alice.callTool("get_note", Map.of("id", secret.id()))
        .structuredContent(Note.class));
  }

  @Test
  void anIdCannotClimbIntoAnotherKey(McpTestClient client) {
    assertThat(client.callTool("get_note", Map.of("id", "../x"))).isError()
        .textContains("Invalid store key");
  }

  @Test
  void readingNeedsNotesReadAndChangingNeedsNotesWrite() {
    assertEquals(Map.of("add_note", Set.of("notes:write"), "delete_note", Set.of("notes:write"),
        "list_notes", Set.of("notes:read"), "get_note", Set.of("notes:read")),
        new NotesMcpFactory().toolScopes());
  }

  @Test
  void aTokenWithoutNotesWriteSeesNoWritingToolAndCannotCallOne(McpTestClient client) {
    McpTestClient reader = client.forUser("alice", Set.of("notes:read"));

    assertEquals(List.of("list_notes", "get_note"),
        reader.listTools().stream().map(tool -> tool.get("name").asString()).toList());
    McpRequestException refused = assertThrows(McpRequestException.class,
        () -> reader.callTool("add_note", Map.of("title", "t", "text", "x")));
    assertEquals(-32003, refused.code());
    assertEquals("Insufficient scope: tool 'add_note' requires the scopes [notes:write]",
        refused.errorMessage());
  }

  @Test
  void hostileUserIdsAreRefusedWithAClearError(McpTestClient client) {
    for (String hostile : List.of("../x", "x".repeat(10_000), "a\nb", "a\u0000b")) {
      assertThat(client.forUser(hostile).callTool("list_notes", Map.of())).isError()
          .textContains("Invalid user id");
    }
  }
}
