package dev.cloudtest.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudtest.core.ResultFiles;
import dev.cloudtest.core.UserFixableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Pipeline JSON as untrusted input: bounded size and nesting, duplicate keys rejected, numbers kept exactly
 * as written, so a declaration read and written back is unchanged field for field.
 */
public final class PipelineJson {
    /** Far above any real declaration (50 stages x 50 actions with 1000-character values). */
    public static final int MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxStringLength(1_000_000)
                            .maxNumberLength(100)
                            .maxNameLength(10_000)
                            .maxDocumentLength(MAX_DOCUMENT_BYTES)
                            .build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private PipelineJson() {}

    /** Parses one JSON object; {@code source} names the input in error messages. */
    public static ObjectNode parseObject(byte[] json, String source) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            throw new UserFixableException(
                    source + " is larger than " + MAX_DOCUMENT_BYTES + " bytes, the most a pipeline declaration may"
                            + " be here. Check that it is the output of aws codepipeline get-pipeline.");
        }
        try (JsonParser parser = MAPPER.createParser(json)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new UserFixableException(source + " is not a JSON object. Expected the output of"
                    + " `aws codepipeline get-pipeline --name <pipeline>`.");
        } catch (IOException e) {
            throw new UserFixableException(source + " is not valid JSON: " + firstLine(e.getMessage()));
        }
    }

    /** Reads a file of at most {@link #MAX_DOCUMENT_BYTES}. */
    public static ObjectNode readObject(Path file, String parameter) {
        ResultFiles.refuseSpecialInput(file, parameter);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
            return parseObject(bytes, file + " (" + parameter + ")");
        } catch (NoSuchFileException e) {
            throw new UserFixableException(parameter + " points to " + file + ", which does not exist. Save the"
                    + " pipeline first: aws codepipeline get-pipeline --name <pipeline> > " + file.getFileName());
        } catch (IOException e) {
            throw new UserFixableException("Cannot read " + file + " (" + parameter + "): " + e.getMessage());
        }
    }

    /** Pretty JSON, two-space indented, keys in their original order. */
    public static String pretty(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    /** Compact JSON on one line. */
    public static String compact(JsonNode node) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
        } catch (IOException e) {
            throw new IllegalStateException("A JSON tree always serialises", e);
        }
    }

    public static ObjectNode newObject() {
        return MAPPER.createObjectNode();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
