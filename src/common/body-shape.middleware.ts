import type { NextFunction, Request, Response } from 'express';
import { findOversizedShape } from './body-shape';
import { invalid } from './domain-error';

/** Refuses a JSON body of a shape no route takes, before guards, pipes and validators see it. */
export function bodyShapeLimit() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    const found = req.is('application/json') ? findOversizedShape(req.body) : null;
    next(found ? invalid([found]) : undefined);
  };
}
