package no.fellesgrunn.planner.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient JSON lexer for the fuzzer: splits text into strings, numbers, words, punctuation and
 * white space, so that joining the tokens gives the text back. It never fails, even on text that
 * earlier mutations broke.
 */
final class JsonTokens {
    private JsonTokens() {}

    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i + 1;
            if (c == '"') {
                while (end < text.length() && text.charAt(end) != '"') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(text.length(), end + 1);
            } else if (Character.isWhitespace(c)) {
                while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            } else if (c == '-' || Character.isDigit(c)) {
                while (end < text.length() && "0123456789.eE+-".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
            } else if (Character.isLetter(c)) {
                while (end < text.length() && Character.isLetter(text.charAt(end))) {
                    end++;
                }
            }
            tokens.add(text.substring(i, end));
            i = end;
        }
        return tokens;
    }

    /** Positions of the tokens that are not white space. */
    static List<Integer> significant(List<String> tokens) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).isBlank()) {
                positions.add(i);
            }
        }
        return positions;
    }

    static boolean isNumber(String token) {
        return !token.isEmpty() && (token.charAt(0) == '-' || Character.isDigit(token.charAt(0)));
    }

    static boolean isString(String token) {
        return token.startsWith("\"");
    }
}
