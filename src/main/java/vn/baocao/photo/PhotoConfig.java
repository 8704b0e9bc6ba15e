package vn.baocao.photo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code baocao.photos.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoSettings.class)
class PhotoConfig {

}
