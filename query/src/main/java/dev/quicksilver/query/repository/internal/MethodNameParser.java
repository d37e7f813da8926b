package dev.quicksilver.query.repository.internal;

import dev.quicksilver.query.repository.internal.MethodName.Action;
import dev.quicksilver.query.repository.internal.MethodName.Order;
import dev.quicksilver.query.repository.internal.MethodName.Part;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Parses derived method names ({@code findTop5ByUnitPriceGreaterThanOrderByTrackIdDesc}) against an
 * entity's properties. Property words are matched case-insensitively against the property paths with
 * their dots removed, so an embedded {@code address.city} is spelled {@code AddressCity}. Immutable;
 * a failure is an {@link IllegalArgumentException} whose message names the word it did not understand.
 */
final class MethodNameParser {

    private static final Pattern PREFIX = Pattern.compile(
            "^(find|read|get|query|stream|count|exists|delete|remove)(All|Distinct)?(?:(Top|First)(\\d*))?(All|Distinct)?By(.*)$");
    private static final Pattern OR = Pattern.compile("Or(?=\\p{Lu})");
    private static final Pattern AND = Pattern.compile("And(?=\\p{Lu})");
    private static final Pattern ORDER_BY = Pattern.compile("OrderBy(?=\\p{Lu})");
    private static final Pattern ORDER_SPLIT = Pattern.compile("(?<=Asc|Desc)(?=\\p{Lu})");
    private static final List<String> IGNORE_CASE = List.of("IgnoreCase", "IgnoringCase");
    private static final List<String> ALL_IGNORE_CASE = List.of("AllIgnoreCase", "AllIgnoringCase");

    private final String entityName;
    private final Map<String, String> propertiesByWord = new LinkedHashMap<>();

    /**
     * @param entityName the entity's simple name, for messages
     * @param propertyPaths the entity's column property paths
     */
    MethodNameParser(String entityName, List<String> propertyPaths) {
        this.entityName = entityName;
        for (String path : propertyPaths) {
            propertiesByWord.put(path.replace(".", "").toLowerCase(Locale.ROOT), path);
        }
    }

    /** Parses a method name; throws {@link IllegalArgumentException} naming what it did not understand. */
    MethodName parse(String methodName) {
        Matcher prefix = PREFIX.matcher(methodName);
        if (!prefix.matches()) {
            throw new IllegalArgumentException("cannot derive a query from the name: it must start with findBy, "
                    + "countBy, existsBy or deleteBy (or findTop<N>By / findFirst<N>By), or the method needs @Query");
        }
        Action action = action(prefix.group(1));
        boolean distinct = "Distinct".equals(prefix.group(2)) || "Distinct".equals(prefix.group(5));
        if (distinct && action != Action.FIND) {
            throw new IllegalArgumentException("'Distinct' applies only to find methods");
        }
        Integer limit = null;
        if (prefix.group(3) != null) {
            if (action != Action.FIND) {
                throw new IllegalArgumentException("'" + prefix.group(3) + "' applies only to find methods");
            }
            limit = prefix.group(4).isEmpty() ? 1 : Integer.parseInt(prefix.group(4));
            if (limit < 1) {
                throw new IllegalArgumentException("'" + prefix.group(3) + prefix.group(4) + "' must be at least 1");
            }
        }
        String rest = prefix.group(6);
        String criteria = rest;
        List<Order> order = List.of();
        Matcher orderBy = ORDER_BY.matcher(rest);
        if (orderBy.find()) {
            criteria = rest.substring(0, orderBy.start());
            order = order(rest.substring(orderBy.end()));
            if (action != Action.FIND) {
                throw new IllegalArgumentException("OrderBy applies only to find methods");
            }
        }
        String allIgnoreCase = suffix(criteria, ALL_IGNORE_CASE);
        if (allIgnoreCase != null) {
            criteria = criteria.substring(0, criteria.length() - allIgnoreCase.length());
        }
        List<List<Part>> alternatives = new ArrayList<>();
        if (!criteria.isEmpty()) {
            for (String branch : OR.split(criteria, -1)) {
                List<Part> parts = new ArrayList<>();
                for (String part : AND.split(branch, -1)) {
                    if (part.isEmpty()) {
                        throw new IllegalArgumentException("an empty condition next to 'And'/'Or' in '" + criteria + "'");
                    }
                    parts.add(part(part));
                }
                alternatives.add(parts);
            }
        } else if (action == Action.DELETE) {
            throw new IllegalArgumentException("deleteBy needs a condition; use deleteAll() to delete every row");
        }
        return new MethodName(action, distinct, limit, alternatives, order, allIgnoreCase != null, false);
    }

    private static Action action(String verb) {
        return switch (verb) {
            case "count" -> Action.COUNT;
            case "exists" -> Action.EXISTS;
            case "delete", "remove" -> Action.DELETE;
            default -> Action.FIND;
        };
    }

    private Part part(String word) {
        String ignoreCase = suffix(word, IGNORE_CASE);
        if (ignoreCase == null) {
            return comparison(word);
        }
        Part part = comparison(word.substring(0, word.length() - ignoreCase.length()));
        if (!part.canIgnoreCase()) {
            throw new IllegalArgumentException("'" + ignoreCase + "' applies to equality and text matches, not to "
                    + part.operator() + " on '" + part.property() + "'");
        }
        return new Part(part.property(), part.operator(), true);
    }

    /** The suffix of the word among the candidates, when something comes before it; else null. */
    private static @Nullable String suffix(String word, List<String> candidates) {
        for (String candidate : candidates) {
            if (word.endsWith(candidate) && word.length() > candidate.length()) {
                return candidate;
            }
        }
        return null;
    }

    private Part comparison(String text) {
        for (Operator.Keyword keyword : Operator.KEYWORDS) {
            if (text.endsWith(keyword.word()) && text.length() > keyword.word().length()) {
                Optional<String> property = property(text.substring(0, text.length() - keyword.word().length()));
                if (property.isPresent()) {
                    return new Part(property.get(), keyword.operator());
                }
            }
        }
        Optional<String> property = property(text);
        if (property.isPresent()) {
            return new Part(property.get(), Operator.EQUAL);
        }
        throw unknown(stripKeyword(text));
    }

    private List<Order> order(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("OrderBy names no property");
        }
        List<Order> order = new ArrayList<>();
        for (String piece : ORDER_SPLIT.split(text)) {
            boolean descending = piece.endsWith("Desc");
            String word = descending ? piece.substring(0, piece.length() - 4)
                    : piece.endsWith("Asc") ? piece.substring(0, piece.length() - 3) : piece;
            order.add(new Order(property(word).orElseThrow(() -> unknown(word)), descending));
        }
        return order;
    }

    private Optional<String> property(String word) {
        return Optional.ofNullable(propertiesByWord.get(word.toLowerCase(Locale.ROOT)));
    }

    private static String stripKeyword(String text) {
        for (Operator.Keyword keyword : Operator.KEYWORDS) {
            if (text.endsWith(keyword.word()) && text.length() > keyword.word().length()) {
                return text.substring(0, text.length() - keyword.word().length());
            }
        }
        return text;
    }

    private IllegalArgumentException unknown(@Nullable String word) {
        String name = word == null || word.isEmpty() ? "" : Character.toLowerCase(word.charAt(0)) + word.substring(1);
        return new IllegalArgumentException("no property '" + name + "' on " + entityName + "; properties are "
                + String.join(", ", propertiesByWord.values()));
    }
}
