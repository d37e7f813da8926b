package dev.quicksilver.examples.inventory;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The example's front door: what it is and where its endpoints are. */
@RestController
final class InventoryIndex {

    @GetMapping("/")
    Map<String, Object> index() {
        return Map.of("example", "inventory");
    }
}
