package com.siteline.security;

import com.siteline.security.internal.LoginRoute;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in that {@link LoginThrottle} says must wait before the password is even checked, and
 * sends the browser back to the sign-in page with {@code ?locked}: the same answer for a real and a
 * made-up name.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean signIn = "POST".equals(request.getMethod()) && path.equals("/" + LoginRoute.PATH);
        if (signIn
                && throttle.lockedUntil(request.getParameter("username"), request.getRemoteAddr())
                        .isPresent()) {
            response.sendRedirect(request.getContextPath() + "/" + LoginRoute.PATH + "?locked");
            return;
        }
        chain.doFilter(request, response);
    }
}
