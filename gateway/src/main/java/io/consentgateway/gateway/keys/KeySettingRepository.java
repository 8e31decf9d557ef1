package io.consentgateway.gateway.keys;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeySettingRepository extends JpaRepository<KeySetting, String> {}
