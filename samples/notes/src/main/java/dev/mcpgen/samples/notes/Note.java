package dev.mcpgen.samples.notes;

/**
 * A note.
 *
 * @param id the note's id, unique for its user
 * @param title a short title
 * @param text the note itself
 */
public record Note(String id, String title, String text) {}
