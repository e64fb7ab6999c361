import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { AppConfig } from '../config/app-config';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { OidcService } from './oidc/oidc.service';
import { throttlers } from './rate-limits';
import { SecondFactorService } from './second-factor.service';
import { SignInThrottle } from './sign-in-throttle.entity';
import { SignInThrottleService } from './sign-in-throttle.service';

@Module({
  imports: [
    UsersModule,
    TypeOrmModule.forFeature([SignInThrottle]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET ?? randomBytes(48).toString('base64url'),
        signOptions: { expiresIn: config.TOKEN_TTL_SECONDS, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      // One bucket per address for the API's login and the page's sign-in: the key leaves out the route.
      useFactory: (config: AppConfig) => ({
        throttlers: throttlers(config),
        generateKey: (_context, tracker, throttler) => `${throttler}:${tracker}`,
      }),
    }),
  ],
  controllers: [AuthController],
  providers: [
    AuthService,
    SignInThrottleService,
    SecondFactorService,
    OidcService,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AuthService, SecondFactorService, OidcService, JwtModule],
})
export class AuthModule {}
