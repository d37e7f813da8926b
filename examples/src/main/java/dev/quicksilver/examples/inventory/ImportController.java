package dev.quicksilver.examples.inventory;

import dev.quicksilver.examples.inventory.StockImport.ImportProgress;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code POST /imports/stock} with a {@code text/csv} body: answered as a stream of progress records
 * ({@code application/x-ndjson}, the default) or, with {@code Accept: application/json}, as one JSON array
 * sent after the import committed (so an invalid line anywhere is a 400).
 */
@RestController
final class ImportController {

    private final StockImport stockImport;

    ImportController(StockImport stockImport) {
        this.stockImport = stockImport;
    }

    @PostMapping(path = "/imports/stock", consumes = "text/csv",
            produces = {MediaType.APPLICATION_NDJSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    Flux<ImportProgress> importStock(@RequestBody Flux<DataBuffer> body,
                                     @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept) {
        return stockImport.importStock(body, streaming(accept));
    }

    /** Progress is streamed unless the client asked for JSON and not for NDJSON. */
    private static boolean streaming(@Nullable String accept) {
        if (accept == null) {
            return true;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(accept);
        return accepted.stream().anyMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_NDJSON))
                || accepted.stream().noneMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
    }
}
