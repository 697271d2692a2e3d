package dev.mcpgen.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Javadoc becomes descriptions written for models: plain text, paragraphs kept. */
class JavadocTest {
  @Test
  void inlineTagsBecomeTheirText() {
    Javadoc doc = Javadoc.parse(
        " Uses {@code Map<String, V>} and {@link Foo#bar}, {@link #baz}, {@linkplain Foo the foo}"
            + " and {@literal <b>}.\n");
    assertEquals("Uses Map<String, V> and Foo.bar, baz, the foo and <b>.", doc.description());
  }

  @Test
  void linesJoinAndParagraphsStayApart() {
    Javadoc doc = Javadoc.parse(" First line\n second line.\n\n Second paragraph.\n <p>Third.\n");
    assertEquals("First line second line.\n\nSecond paragraph.\n\nThird.", doc.description());
  }

  @Test
  void paramTagsMaySpanLinesAndOtherTagsAreDropped() {
    Javadoc doc = Javadoc.parse(
        " Main.\n\n @param a the first,\n     continued\n @param <T> a type\n @return r\n"
            + " @param b the second\n @throws X never\n");
    assertEquals("Main.", doc.description());
    assertEquals(Map.of("a", "the first, continued", "<T>", "a type", "b", "the second"),
        doc.params());
  }

  @Test
  void noCommentMeansNoDescription() {
    assertNull(Javadoc.parse(null).description());
    assertNull(Javadoc.parse("\n @param a only a tag\n").description());
  }
}
