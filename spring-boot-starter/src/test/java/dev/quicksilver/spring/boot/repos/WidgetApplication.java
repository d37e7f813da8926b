package dev.quicksilver.spring.boot.repos;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** Stands for an application's {@code @SpringBootApplication}: its package is the one scanned. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class WidgetApplication {
}
