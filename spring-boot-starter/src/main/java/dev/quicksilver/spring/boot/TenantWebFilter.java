package dev.quicksilver.spring.boot;

import dev.quicksilver.core.Tenants;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Puts the tenant named by the request header ({@code quicksilver.tenants.header}, default {@code X-Tenant}) into
 * the Reactor Context of everything the request runs, so the tenant-routed {@code Database} uses that tenant's
 * database. A request without the header, or naming a tenant that is not configured, is answered 400 with an
 * RFC 9457 problem before any handler runs (400, not 404: the tenant is part of the request's input, and the
 * answer must not tell a caller which tenants exist). Paths matching {@code quicksilver.tenants.excluded-paths}
 * pass without a tenant. Ordered at 0: after security filters (negative orders), which may check who may act for
 * which tenant. Thread-safe.
 */
final class TenantWebFilter implements WebFilter, Ordered {

    private static final int LONGEST_ECHOED_NAME = 64;

    private final QuicksilverTenants tenants;
    private final String header;
    private final List<PathPattern> excluded;

    TenantWebFilter(QuicksilverTenants tenants, String header, List<String> excludedPaths) {
        this.tenants = tenants;
        this.header = header;
        this.excluded = excludedPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        if (excluded.stream().anyMatch(pattern -> pattern.matches(path))) {
            return chain.filter(exchange);
        }
        String tenant = exchange.getRequest().getHeaders().getFirst(header);
        if (tenant == null || tenant.isBlank()) {
            return reject(exchange, "Missing tenant", "The request has no " + header + " header: name the tenant"
                    + " the request acts for in it (" + header + ": <tenant>).");
        }
        if (!tenants.contains(tenant)) {
            return reject(exchange, "Unknown tenant", "Tenant '" + shortened(tenant) + "' (header " + header
                    + ") is not configured here: check the tenant's name. Nothing ran.");
        }
        return chain.filter(exchange).contextWrite(Tenants.with(tenant));
    }

    @Override
    public int getOrder() {
        return 0;
    }

    private static Mono<Void> reject(ServerWebExchange exchange, String title, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.BAD_REQUEST);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String body = "{\"type\":\"about:blank\",\"title\":" + json(title) + ",\"status\":400,\"detail\":"
                + json(detail) + ",\"instance\":" + json(exchange.getRequest().getPath().value()) + "}";
        DataBuffer buffer = response.bufferFactory().wrap(body.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(buffer));
    }

    private static String shortened(String tenant) {
        return tenant.length() <= LONGEST_ECHOED_NAME ? tenant : tenant.substring(0, LONGEST_ECHOED_NAME) + "…";
    }

    /** A JSON string literal. */
    private static String json(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            switch (character) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (character < 0x20) {
                        json.append(String.format("\\u%04x", (int) character));
                    } else {
                        json.append(character);
                    }
                }
            }
        }
        return json.append('"').toString();
    }

    @Override
    public String toString() {
        return "TenantWebFilter{header=" + header + ", excluded=" + excluded + "}";
    }
}
