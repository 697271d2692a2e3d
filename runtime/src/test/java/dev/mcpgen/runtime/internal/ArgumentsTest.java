package dev.mcpgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mcpgen.runtime.spi.ArgumentException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.node.ObjectNode;

class ArgumentsTest {
  record Item(String name, int count) {}

  record Order(List<Item> items, LocalDate due) {}

  private static ObjectNode args(String json) {
    return (ObjectNode) Json.MAPPER.readTree(json);
  }

  @Test
  void primitivesAreReadStraightFromTheTree() {
    ObjectNode args = args("{\"b\":true,\"i\":7,\"l\":9000000000,\"d\":1.5,\"f\":2.5,"
        + "\"c\":\"x\",\"s\":-3,\"y\":4}");
    assertEquals(true, Arguments.booleanValue(args, "b", null));
    assertEquals(7, Arguments.intValue(args, "i", null));
    assertEquals(9_000_000_000L, Arguments.longValue(args, "l", null));
    assertEquals(1.5, Arguments.doubleValue(args, "d", null));
    assertEquals(2.5f, Arguments.floatValue(args, "f", null));
    assertEquals('x', Arguments.charValue(args, "c", null));
    assertEquals((short) -3, Arguments.shortValue(args, "s", null));
    assertEquals((byte) 4, Arguments.byteValue(args, "y", null));
  }

  @Test
  void aWholeNumberWrittenWithAFractionIsAnInteger() {
    assertEquals(2, Arguments.intValue(args("{\"a\":2.0}"), "a", null));
  }

  @Test
  void aMismatchNamesTheArgumentAndWhatCameInstead() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class, () -> Arguments.intValue(args("{\"b\":\"x\"}"), "b", null));
    assertEquals("/b", e.pointer());
    assertEquals("Invalid argument /b: expected integer, got string \"x\"", e.getMessage());
  }

  @Test
  void anIntegerOutOfRangeSaysTheRange() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class,
            () -> Arguments.byteValue(args("{\"b\":300}"), "b", null));
    assertEquals("Invalid argument /b: expected integer between -128 and 127, got number 300",
        e.getMessage());
  }

  @Test
  void aFractionIsNotAnInteger() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class, () -> Arguments.longValue(args("{\"n\":1.5}"), "n", null));
    assertEquals("Invalid argument /n: expected integer, got number 1.5", e.getMessage());
  }

  @Test
  void anAbsentPrimitiveTakesItsFallbackOrFails() {
    assertEquals(3, Arguments.intValue(args("{}"), "a", Arguments.json("3")));
    assertEquals(3, Arguments.intValue(args("{\"a\":null}"), "a", Arguments.json("3")));
    ArgumentException e =
        assertThrows(ArgumentException.class, () -> Arguments.intValue(args("{}"), "a", null));
    assertEquals("Invalid argument /a: required, got nothing", e.getMessage());
  }

  @Test
  void anAbsentObjectIsNullOrItsFallback() {
    assertNull(Arguments.value(args("{}"), "s", null, String.class));
    assertEquals("", Arguments.value(args("{}"), "s", Arguments.json("\"\""), String.class));
    assertEquals("hi", Arguments.value(args("{\"s\":\"hi\"}"), "s", null, String.class));
  }

  @Test
  void aStringMustBeAString() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class,
            () -> Arguments.value(args("{\"s\":5}"), "s", null, String.class));
    assertEquals("Invalid argument /s: expected string, got number 5", e.getMessage());
  }

  @Test
  void recordsAndGenericTypesBindThroughJackson() {
    ObjectNode args =
        args("{\"order\":{\"items\":[{\"name\":\"a\",\"count\":2}],\"due\":\"2026-01-02\"},"
            + "\"tags\":{\"x\":[1,2]}}");
    assertEquals(
        new Order(List.of(new Item("a", 2)), LocalDate.of(2026, 1, 2)),
        Arguments.value(args, "order", null, Order.class));
    assertEquals(
        Map.of("x", List.of(1, 2)),
        Arguments.value(args, "tags", null, new TypeReference<Map<String, List<Integer>>>() {}));
  }

  @Test
  void aNestedMismatchPointsIntoTheArgument() {
    ObjectNode args = args("{\"order\":{\"items\":[{\"name\":\"a\",\"count\":\"many\"}]}}");
    ArgumentException e =
        assertThrows(
            ArgumentException.class, () -> Arguments.value(args, "order", null, Order.class));
    assertEquals("/order/items/0/count", e.pointer());
    assertEquals(
        "Invalid argument /order/items/0/count: expected integer, got string \"many\"",
        e.getMessage());
  }

  @Test
  void anUnparsableValueSaysWhy() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class,
            () -> Arguments.value(args("{\"d\":\"someday\"}"), "d", null, LocalDate.class));
    assertEquals("/d", e.pointer());
    assertEquals("Invalid argument /d: expected LocalDate, got string \"someday\"",
        e.getMessage());
  }

  @Test
  void pointerStepsAreEscaped() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class, () -> Arguments.intValue(args("{\"a/b~\":true}"), "a/b~",
                null));
    assertEquals("/a~1b~0", e.pointer());
  }

  @Test
  void optionalsAreEmptyWhenAbsent() {
    ObjectNode args = args("{\"s\":\"x\",\"i\":1,\"l\":2,\"d\":0.5,\"list\":[\"a\"]}");
    assertEquals(Optional.of("x"), Arguments.optional(args, "s", null, String.class));
    assertEquals(Optional.empty(), Arguments.optional(args, "t", null, String.class));
    assertEquals(
        Optional.of(List.of("a")),
        Arguments.optional(args, "list", null, new TypeReference<List<String>>() {}));
    assertEquals(OptionalInt.of(1), Arguments.optionalInt(args, "i", null));
    assertEquals(OptionalInt.empty(), Arguments.optionalInt(args, "j", null));
    assertEquals(OptionalLong.of(2), Arguments.optionalLong(args, "l", null));
    assertEquals(OptionalLong.empty(), Arguments.optionalLong(args, "m", null));
    assertEquals(OptionalDouble.of(0.5), Arguments.optionalDouble(args, "d", null));
    assertEquals(OptionalDouble.of(4), Arguments.optionalDouble(args, "e", Arguments.json("4")));
  }

  @Test
  void aCharIsAStringOfOneCharacter() {
    ArgumentException e =
        assertThrows(
            ArgumentException.class,
            () -> Arguments.charValue(args("{\"c\":\"xy\"}"), "c", null));
    assertEquals("Invalid argument /c: expected string of one character, got string \"xy\"",
        e.getMessage());
  }
}
