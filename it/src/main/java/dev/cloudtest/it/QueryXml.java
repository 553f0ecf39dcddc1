package dev.cloudtest.it;

/** A tiny XML writer for awsQuery answers: {@code <ActionResponse><ActionResult>...</ActionResult>...}. */
final class QueryXml {
    private final StringBuilder xml = new StringBuilder();

    /** Opens an element. */
    QueryXml open(String name) {
        xml.append('<').append(name).append('>');
        return this;
    }

    QueryXml close(String name) {
        xml.append("</").append(name).append('>');
        return this;
    }

    /** A text element; skipped when the value is null. */
    QueryXml text(String name, Object value) {
        if (value != null) {
            open(name);
            xml.append(escape(String.valueOf(value)));
            close(name);
        }
        return this;
    }

    /** The full answer document of {@code action} around the result written by {@code body}. */
    static String response(String namespace, String action, QueryXml body) {
        return "<" + action + "Response xmlns=\"" + namespace + "\"><" + action + "Result>" + body.xml + "</"
                + action + "Result><ResponseMetadata><RequestId>cloudtest-request</RequestId></ResponseMetadata></"
                + action + "Response>";
    }

    static String error(String namespace, AwsError error) {
        String type = error.status() >= 500 ? "Receiver" : "Sender";
        return "<ErrorResponse xmlns=\"" + namespace + "\"><Error><Type>" + type + "</Type><Code>"
                + escape(error.code()) + "</Code><Message>" + escape(error.getMessage())
                + "</Message></Error><RequestId>cloudtest-request</RequestId></ErrorResponse>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
