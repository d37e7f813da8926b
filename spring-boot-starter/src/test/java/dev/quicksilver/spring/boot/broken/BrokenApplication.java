package dev.quicksilver.spring.boot.broken;

import dev.quicksilver.spring.boot.EnableQuicksilverRepositories;
import org.springframework.context.annotation.Configuration;

/** Scans this package explicitly. */
@Configuration(proxyBeanMethods = false)
@EnableQuicksilverRepositories(basePackageClasses = BrokenApplication.class)
public class BrokenApplication {
}
