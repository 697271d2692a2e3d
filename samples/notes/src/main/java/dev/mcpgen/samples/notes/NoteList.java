package dev.mcpgen.samples.notes;

import java.util.List;

/**
 * The calling user's notes.
 *
 * @param notes the notes, by id
 */
public record NoteList(List<Note> notes) {}
