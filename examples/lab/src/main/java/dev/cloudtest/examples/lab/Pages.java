package dev.cloudtest.examples.lab;

import java.util.List;

/** The application's HTML pages. Every user-supplied text is escaped. */
public final class Pages {
    private Pages() {}

    /** The registration form, with an optional problem to show above it. */
    public static String registrationForm(String problem) {
        String alert = problem == null ? "" : "<p class=\"error\" role=\"alert\">" + escape(problem) + "</p>\n";
        return page(
                "Register",
                alert
                        + "<form method=\"post\" action=\"/register\">\n"
                        + "<label>Name <input name=\"name\" required></label>\n"
                        + "<label>E-mail <input name=\"email\" type=\"email\" required></label>\n"
                        + "<button type=\"submit\">Register</button>\n"
                        + "</form>\n");
    }

    /** The dashboard listing the registered users. */
    public static String dashboard(List<User> users) {
        StringBuilder list = new StringBuilder("<ul id=\"users\">\n");
        for (User user : users) {
            list.append("<li>")
                    .append(escape(user.name()))
                    .append(" &lt;")
                    .append(escape(user.email()))
                    .append("&gt;</li>\n");
        }
        list.append("</ul>\n<p><a href=\"/register\">Register another user</a></p>\n");
        return page("Dashboard", "<p>" + users.size() + " registered user(s)</p>\n" + list);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title
                + " - Lab</title></head>\n<body>\n<h1>" + title + "</h1>\n" + body + "</body></html>\n";
    }
}
