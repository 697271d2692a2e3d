package dev.mcpgen.samples.notes;

import dev.mcpgen.annotations.McpServer;
import dev.mcpgen.annotations.McpTool;
import dev.mcpgen.annotations.McpTool.Hint;
import dev.mcpgen.runtime.McpContext;
import dev.mcpgen.runtime.Store;
import dev.mcpgen.runtime.ToolException;
import java.util.List;
import java.util.UUID;

/**
 * Per-user notes, kept in the user store rather than in fields: they survive restarts (with the
 * JDBC store, which this sample ships with) and the runtime keeps each user's apart, so no tool
 * here can reach another user's notes even by guessing an id. On a host that authorizes with
 * OAuth tokens, reading needs the scope {@code notes:read} and changing {@code notes:write}.
 */
@McpServer(name = "notes", version = "0.1.0", title = "Notes",
    instructions = "Keeps the user's notes. Use list_notes to find a note's id.")
public class Notes {
  private static final String PREFIX = "note.";

  /**
   * Adds a note and returns it with its new id.
   *
   * @param title a short title
   * @param text the note itself
   */
  @McpTool(name = "add_note", scopes = "notes:write")
  public Note addNote(McpContext context, String title, String text) {
    // Random, not counted: two concurrent adds of one user must not pick the same id.
    Note note = new Note(UUID.randomUUID().toString().substring(0, 8), title, text);
    context.store().put(PREFIX + note.id(), note);
    return note;
  }

  /** Lists the calling user's notes. */
  @McpTool(name = "list_notes", readOnly = Hint.TRUE, scopes = "notes:read")
  public NoteList listNotes(McpContext context) {
    Store store = context.store();
    List<Note> notes = store.keys().stream()
        .filter(key -> key.startsWith(PREFIX))
        .flatMap(key -> store.get(key, Note.class).stream())
        .toList();
    return new NoteList(notes);
  }

  /**
   * Returns one note.
   *
   * @param id the note's id, as add_note or list_notes gave it
   */
  @McpTool(name = "get_note", readOnly = Hint.TRUE, scopes = "notes:read")
  public Note getNote(McpContext context, String id) {
    return context.store().get(PREFIX + id, Note.class).orElseThrow(() -> missing(id));
  }

  /**
   * Deletes one note.
   *
   * @param id the note's id
   */
  @McpTool(name = "delete_note", destructive = Hint.TRUE, scopes = "notes:write")
  public String deleteNote(McpContext context, String id) {
    if (!context.store().delete(PREFIX + id)) {
      throw missing(id);
    }
    return "Deleted note " + id;
  }

  private static ToolException missing(String id) {
    return new ToolException("No note with id '" + id + "'. Use list_notes to see the ids.");
  }
}
