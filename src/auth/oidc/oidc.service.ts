import { Injectable, Logger } from '@nestjs/common';
import * as client from 'openid-client';
import { DomainError, ErrorCode } from '../../common/domain-error';
import { AppConfig } from '../../config/app-config';
import { isLoopbackUrl, verifiedEmail } from './oidc-rules';

/** What the browser must bring back from the provider, kept (signed) in a cookie until it does. */
export interface PendingOidcSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  next: string;
}

const unavailable = () => new DomainError(ErrorCode.Busy, 'oidc.unavailable', [], { retryAfterSeconds: 30 });
const refused = () => new DomainError(ErrorCode.Unauthenticated, 'oidc.failed');

/**
 * Single sign-on with the organisation's OpenID provider (OIDC_ISSUER): the authorisation code flow with PKCE, state
 * and nonce. The provider's settings are discovered at first use and kept; a provider that cannot be reached is tried
 * again at the next sign-in.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger(OidcService.name);
  private configuration: Promise<client.Configuration> | null = null;

  constructor(private readonly config: AppConfig) {}

  get enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER && this.config.OIDC_CLIENT_ID);
  }

  /** Where the provider sends the browser back to. */
  get redirectUri(): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/sign-in/oidc/callback`;
  }

  /** The provider's sign-in address for a new attempt, and what the callback must match. */
  async begin(next: string): Promise<{ url: string; pending: PendingOidcSignIn }> {
    const configuration = await this.discovered();
    const pending = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      next,
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: this.config.OIDC_SCOPES,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Completes the flow from the callback's address: exchanges the code (with the PKCE verifier), checks state, nonce and
   * the ID token, and gives the e-mail address the provider vouches for.
   */
  async complete(callbackUrl: URL, pending: PendingOidcSignIn): Promise<string> {
    const configuration = await this.discovered();
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
        pkceCodeVerifier: pending.codeVerifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
      });
      const idClaims = tokens.claims();
      if (!idClaims) throw new Error('no ID token');
      claims = { ...idClaims };
      if (verifiedEmail(claims, this.config.OIDC_EMAIL_CLAIM) === null) {
        claims = {
          ...claims,
          ...(await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub)),
        };
      }
    } catch (error) {
      this.logger.warn(`A sign-in through the organisation was refused: ${String(error)}`);
      throw refused();
    }
    const email = verifiedEmail(claims, this.config.OIDC_EMAIL_CLAIM);
    if (!email) throw refused();
    return email;
  }

  private discovered(): Promise<client.Configuration> {
    if (!this.enabled) throw new DomainError(ErrorCode.NotFound, 'not_found.route');
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = null;
      this.logger.warn(`The OpenID provider could not be reached: ${String(error)}`);
      throw unavailable();
    });
    return this.configuration;
  }

  private discover(): Promise<client.Configuration> {
    const issuer = new URL(this.config.OIDC_ISSUER!);
    return client.discovery(
      issuer,
      this.config.OIDC_CLIENT_ID!,
      this.config.OIDC_CLIENT_SECRET,
      undefined,
      isLoopbackUrl(issuer) ? { execute: [client.allowInsecureRequests] } : undefined,
    );
  }
}
