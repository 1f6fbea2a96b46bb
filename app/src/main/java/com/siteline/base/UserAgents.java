package com.siteline.base;

/**
 * A browser's identification string as people say it: the device and the browser ("iPhone · WeChat",
 * "Windows · Edge"), not the hundred characters the browser sends. Names of products, the same in both languages.
 */
public final class UserAgents {

    private UserAgents() {}

    public static String summary(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "";
        }
        String ua = userAgent;
        String device = ua.contains("iPhone")
                ? "iPhone"
                : ua.contains("iPad")
                        ? "iPad"
                        : ua.contains("Android")
                                ? "Android"
                                : ua.contains("Windows")
                                        ? "Windows"
                                        : ua.contains("Mac OS X") || ua.contains("Macintosh")
                                                ? "Mac"
                                                : ua.contains("Linux") ? "Linux" : null;
        String browser = ua.contains("MicroMessenger")
                ? "WeChat"
                : ua.contains("wxwork")
                        ? "WeCom"
                        : ua.contains("Edg/")
                                ? "Edge"
                                : ua.contains("Firefox/")
                                        ? "Firefox"
                                        : ua.contains("Chrome/") || ua.contains("CriOS/")
                                                ? "Chrome"
                                                : ua.contains("Safari/") ? "Safari" : null;
        if (device == null && browser == null) {
            return ua.length() <= 40 ? ua : ua.substring(0, 40) + "…";
        }
        return device == null ? browser : browser == null ? device : device + " · " + browser;
    }
}
